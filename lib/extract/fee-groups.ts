import { AFTER_FEE, CONNECTOR, type Word } from './fee-lexicon';
import type { PhraseHit } from './phrase-trie';
import { gapWords } from './text';

export type Hit = PhraseHit<Word>;
export interface Group {
  /** Index of the first member in the sorted hits. */
  i0: number;
  members: Hit[];
  /** Holds a fee or kind word (not only negators). */
  cost: boolean;
  start: number;
  end: number;
  sent: number;
}

/** How far (characters) sentence-wide evidence may be from the fee words. */
export const NEAR = 60;
const DIGIT = /\d/;
const COMMA = /[,;،、，]/;
/** A statement lists a few costs; a longer run of fee words is a word list, not one statement. */
const MAX_MEMBERS = 12;

const MEMBER = new Set<Word['cls']>(['kind', 'fee', 'negBefore', 'negAfter', 'negEither']);
export const isCost = (h: Hit | undefined) => !!h && (h.value.cls === 'kind' || h.value.cls === 'fee');
export const isNeg = (h: Hit | undefined) => !!h && (h.value.cls === 'negBefore' || h.value.cls === 'negEither' || h.value.cls === 'negAfter');
const feeish = (h: Hit | undefined) => !!h && (h.value.cls === 'fee' || !!h.value.compound);
const NEGATING = new Set<Word['cls']>(['neg', 'negAlone', 'negBefore', 'negAfter', 'negEither']);

/** Consecutive fee, kind and negator words of one sentence joined only by connectors. */
export function groups(p: string, hits: Hit[], sent: (at: number) => number): Group[] {
  const out: Group[] = [];
  let cur: Group | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (!MEMBER.has(h.value.cls)) {
      cur = undefined;
      continue;
    }
    const s = sent(h.start);
    const how = cur && cur.sent === s ? joins(p, hits, cur, i, sent) : 'new';
    if (cur && how === 'join') {
      cur.members.push(h);
      cur.end = h.end;
      cur.cost ||= isCost(h);
      continue;
    }
    if (cur && how === 'carry') {
      // "फ्री भिसा फ्री टिकट": the negator between two costs also opens the next statement.
      const neg = cur.members[cur.members.length - 1]!;
      cur = { i0: i - 1, members: [neg, h], start: neg.start, end: h.end, sent: s, cost: isCost(h) };
    } else cur = { i0: i, members: [h], start: h.start, end: h.end, sent: s, cost: isCost(h) };
    out.push(cur);
  }
  return out;
}

function joins(p: string, hits: Hit[], g: Group, i: number, sent: (at: number) => number): 'join' | 'carry' | 'new' {
  const h = hits[i]!;
  const next = hits[i + 1];
  const members = g.members;
  if (members.length >= MAX_MEMBERS) return 'new';
  const last = members[members.length - 1]!;
  const gap = p.slice(last.end, h.start);
  if (DIGIT.test(gap) || gap.length > 24) return 'new';
  const words = gapWords(gap);
  const odd = words.filter((w) => !CONNECTOR.has(w));
  // "bayad ng TESDA training", "fee for Saudi visa": one name between a fee noun and what it is for.
  const named = odd.length === 1 && feeish(last) && h.value.cls === 'kind' && CONNECTOR.has(words[0]!) && odd[0]!.length <= 12 && !/[,;:]/.test(gap);
  if ((odd.length && !named) || (gap.length > 14 && !named)) return 'new';
  // "शुल्क लिँदैनौं", "fee: none": a negator after a cost closes it.
  if (last.value.cls === 'negAfter') return 'new';
  if (h.value.cls === 'negAfter') return g.cost ? 'join' : 'new';
  // "no", "zero", "包" only negate what follows them, unless they end the clause ("Placement fee: zero").
  if (h.value.cls === 'negBefore' && g.cost) return !words.length && clauseEnds(p, h.end) ? 'join' : 'new';
  const conj = /[/&+]/.test(gap) || words.some((w) => AFTER_FEE.has(w));
  // "visa free, medical fee 500": a negator written after a cost closes that statement.
  if (isNeg(last) && members.length > 1 && isCost(members[members.length - 2]) && isCost(h)) return conj ? 'join' : /[,;:]/.test(gap) ? 'new' : 'carry';
  // "फ्री भिसा फ्री टिकट, मेडिकल आफैं तिर्नु पर्ने": after a comma, a cost the worker is told to pay is another statement.
  if (isNeg(members[0]) && isCost(h) && COMMA.test(gap) && chargeAhead(p, hits, i, sent)) return 'new';
  if (feeish(last) && isCost(h) && !conj) {
    // "biaya proses", "phí visa": fee noun then what it is for; but "placement fee medical fee" is two.
    const nextFee = feeish(next) && next!.start - h.end <= 3;
    return h.value.cls === 'kind' && !h.value.compound && !nextFee && !/[,;:]/.test(gap) ? 'join' : 'new';
  }
  return 'join';
}

/** The clause ends right after `at`: end of text or line, a comma, or a full stop not before a number. */
function clauseEnds(p: string, at: number): boolean {
  let k = at;
  while (k < p.length && k - at < 4 && p[k] === ' ') k++;
  const c = p[k];
  if (c === undefined || /[\n\r,;!?)|]/.test(c)) return true;
  return c === '.' && !/^\.\s*\d/.test(p.slice(k, k + 4));
}

/** A charge phrase follows hit `i` in its sentence before any negator, or a fee noun is written onto it. */
function chargeAhead(p: string, hits: Hit[], i: number, sent: (at: number) => number): boolean {
  const h = hits[i]!;
  const s = sent(h.start);
  for (let j = i + 1; j < hits.length; j++) {
    const x = hits[j]!;
    if (x.start - h.end > NEAR || sent(x.start) !== s) return false;
    if (x.value.cls === 'charge' || x.value.cls === 'tied') return true;
    if (NEGATING.has(x.value.cls)) return false;
    if (j === i + 1 && feeish(x) && x.start - h.end <= 3 && !/[,;]/.test(p.slice(h.end, x.start))) return true;
  }
  return false;
}
