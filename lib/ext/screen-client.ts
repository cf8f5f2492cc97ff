import { z } from 'zod';
import { browser } from 'wxt/browser';
import { MAX_FIELD_CHARS } from '../engine/document';
import type { Posting, Verdict } from '../engine/index';
import { TEXT_FIELDS } from '../engine/posting';
import { MAX_BATCH_CHARS, MAX_BATCH_POSTINGS } from './messaging';
import type { Resource } from './resources';

/**
 * Screening is done by the background, which compiles the rule set once per worker start
 * (compiling ~18,000 phrases takes ~300 ms on a desktop, several times that on a cheap phone:
 * too much to repeat on every page). Pages and content scripts send postings in bounded batches
 * and get verdicts back, plus the help lines for the countries those verdicts name.
 */
export interface ScreenReply {
  verdicts: Verdict[];
  resources: Resource[];
}

const Reply = z.object({ verdicts: z.array(z.object({ level: z.string() }).passthrough()), resources: z.array(z.unknown()) });

export type ScreenFn = (postings: Posting[], locale: string) => Promise<ScreenReply>;

const size = (p: Posting) => (p.title?.length ?? 0) + (p.company?.length ?? 0) + (p.location?.length ?? 0) + (p.salary?.length ?? 0) + (p.description?.length ?? 0) + (p.contact?.length ?? 0);

/**
 * The engine reads at most MAX_FIELD_CHARS of a field; one character more is kept so it still
 * knows (and says) that the text was cut. This also keeps any posting within a batch's bounds.
 */
export function clipForWire(p: Posting): Posting {
  const out: Posting = { ...p };
  for (const f of TEXT_FIELDS) if ((out[f]?.length ?? 0) > MAX_FIELD_CHARS + 1) out[f] = out[f]!.slice(0, MAX_FIELD_CHARS + 1);
  return out;
}

/** Splits postings into batches the background accepts (count and characters). */
export function batches(postings: readonly Posting[]): Posting[][] {
  const out: Posting[][] = [];
  let cur: Posting[] = [];
  let chars = 0;
  for (const raw of postings) {
    const p = clipForWire(raw);
    const n = size(p);
    if (cur.length && (cur.length >= MAX_BATCH_POSTINGS || chars + n > MAX_BATCH_CHARS)) {
      out.push(cur);
      cur = [];
      chars = 0;
    }
    cur.push(p);
    chars += n;
  }
  if (cur.length) out.push(cur);
  return out;
}

/** One batch to the background. Verdicts come back in the order of the postings. */
export const screenRemote: ScreenFn = async (postings, locale) => {
  const reply = Reply.safeParse(await browser.runtime.sendMessage({ type: 'screen', locale, postings }));
  if (!reply.success || reply.data.verdicts.length !== postings.length) throw new Error('the background did not screen the postings');
  return reply.data as unknown as ScreenReply;
};
