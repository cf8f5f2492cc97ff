import { screen, type CompiledRuleSet, type Posting, type Verdict } from '../../engine/index';
import type { ExtractedPosting } from '../../extract/html/index';

/**
 * Screens a page's postings without freezing it: work is cut into slices of ~12 ms with a yield
 * to the page in between, and stops as soon as `signal` aborts (the page moved on). Verdicts are
 * cached per posting content, so a rescan after infinite scroll only screens the new cards.
 */
export interface Screened {
  key: string;
  posting: Posting;
  element?: Element;
  verdict: Verdict;
}

const SLICE_MS = 12;
const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

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
  rules: CompiledRuleSet,
  locale: string,
  cache: VerdictCache,
  signal: AbortSignal,
): Promise<Screened[]> {
  const out: Screened[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < found.length; i++) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
    signal.throwIfAborted();
    const p = found[i]!;
    const key = keyOf(p, i);
    const fp = `${locale}\u0000${rules.feedVersion ?? ''}\u0000${JSON.stringify(p.posting)}`;
    let verdict = cache.get(key, fp);
    if (!verdict) {
      verdict = screen(p.posting, rules, { locale });
      cache.set(key, fp, verdict);
    }
    out.push({ key, posting: p.posting, element: p.element, verdict });
  }
  return out;
}
