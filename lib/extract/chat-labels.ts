import { CHAT_WORDS, NOT_PHONE_WORDS, PHONE_WORDS, type ChatKind } from './contact-words';
import { PhraseTrie, type PhraseHit } from './phrase-trie';

/**
 * The contact word lists compiled into one trie, scanned once per text; phones and handles then
 * look up the words in a window by binary search instead of running regexes per number.
 */

export interface CWord {
  /** A chat-app name. */
  kind?: ChatKind;
  /** The app name is an everyday word too ("line", "wa"): it counts only right next to what it labels. */
  short?: boolean;
  /** Introduces a phone number. */
  phone?: boolean;
  /** Introduces an ID, reference or account number. */
  not?: boolean;
}

export type CHit = PhraseHit<CWord>;

const TRIE = new PhraseTrie<CWord>();
const keepFirst = (old: CWord) => old;
for (const c of CHAT_WORDS) {
  TRIE.addAll(c.words, { kind: c.kind }, keepFirst);
  TRIE.addAll(c.short ?? [], { kind: c.kind, short: true }, keepFirst);
}
TRIE.addAll(PHONE_WORDS, { phone: true }, keepFirst);
TRIE.addAll(NOT_PHONE_WORDS, { not: true }, keepFirst);

export function scanContactWords(p: string): CHit[] {
  return TRIE.scan(p);
}

/** Index of the first hit starting at or after `at`. */
export function firstHit(hits: CHit[], at: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Hits lying wholly inside [from, to). */
export function hitsIn(hits: CHit[], from: number, to: number): CHit[] {
  const out: CHit[] = [];
  for (let i = firstHit(hits, from); i < hits.length && hits[i]!.start < to; i++) if (hits[i]!.end <= to) out.push(hits[i]!);
  return out;
}
