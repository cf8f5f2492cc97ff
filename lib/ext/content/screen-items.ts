import type { Posting, Verdict } from '../../engine/index';
import type { ExtractedPosting } from '../../extract/html/index';
import type { Resource } from '../resources';
import { batches, type ScreenFn } from '../screen-client';

/**
 * Screens a page's postings through the background in bounded batches, stopping as soon as
 * `signal` aborts (the page moved on). Verdicts are cached per posting content, so a rescan after
 * infinite scroll only sends the new cards.
 */
export interface Screened {
  key: string;
  posting: Posting;
  element?: Element;
  verdict: Verdict;
}

const elementKeys = new WeakMap<Element, string>();
let nextKey = 0;
/** Stable key per card element; JSON-LD postings (no element) are keyed by their place and identity. */
export function keyOf(p: ExtractedPosting, index: number): string {
  if (p.element) {
    let k = elementKeys.get(p.element);
    if (!k) elementKeys.set(p.element, (k = `e${nextKey++}`));
    return k;
  }
  return `d${index}:${p.posting.id ?? p.posting.title ?? ''}`.slice(0, 300);
}

export class VerdictCache {
  private map = new Map<string, { fp: string; verdict: Verdict }>();
  get(key: string, fp: string): Verdict | undefined {
    const hit = this.map.get(key);
    return hit && hit.fp === fp ? hit.verdict : undefined;
  }
  set(key: string, fp: string, verdict: Verdict): void {
    this.map.set(key, { fp, verdict });
  }
  clear(): void {
    this.map.clear();
  }
}

export async function screenItems(
  found: readonly ExtractedPosting[],
  screen: ScreenFn,
  locale: string,
  cache: VerdictCache,
  signal: AbortSignal,
  onResources: (r: Resource[]) => void,
): Promise<Screened[]> {
  const keyed = found.map((p, i) => ({ p, key: keyOf(p, i), fp: `${locale}\u0000${JSON.stringify(p.posting)}` }));
  const todo = keyed.filter((k) => !cache.get(k.key, k.fp));
  let done = 0;
  for (const batch of batches(todo.map((t) => t.p.posting))) {
    signal.throwIfAborted();
    const reply = await screen(batch, locale);
    signal.throwIfAborted();
    reply.verdicts.forEach((v, i) => cache.set(todo[done + i]!.key, todo[done + i]!.fp, v));
    done += batch.length;
    onResources(reply.resources);
  }
  return keyed.map(({ p, key, fp }) => ({ key, posting: p.posting, element: p.element, verdict: cache.get(key, fp)! }));
}
