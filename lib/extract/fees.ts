import { AFTER_FEE, CONNECTOR, TRIE, VERB_FILLER, type Word } from './fee-lexicon';
import { extractMoneyPrepped, type Money } from './money';
import type { PhraseHit } from './phrase-trie';
import { gapWords, prep, sentenceEnds, sentenceOf } from './text';

export type FeeKind =
  | 'recruitment' | 'registration' | 'processing' | 'medical' | 'training' | 'visa' | 'ticket' | 'deposit' | 'bond' | 'document' | 'insurance' | 'placement' | 'other';

export interface Fee {
  kind: FeeKind;
  amount?: Money;
  start: number;
  end: number;
  /** The worker is asked to pay it. */
  chargedToWorker: boolean;
  /** A statement that there is no such fee or that the employer pays it ("no placement fee", "free visa and ticket"). */
  negated: boolean;
}

type Hit = PhraseHit<Word>;
interface Group {
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
const NEAR = 60;
const VERB_REACH = 40;
const DIGIT = /\d/;

/**
 * Fees and costs the worker is asked to pay (the ILO "employer pays" principle), and statements
 * that there is none or that the employer pays. Fee words of one list form a group ("medical,
 * visa and ticket fees"); the group is negated by a negator written onto it ("no", "free",
 * "provided") or by a sentence-wide phrase ("paid by the employer") nearer than any charge phrase.
 */
export function extractFees(text: string): Fee[] {
  const p = prep(text);
  const hits = TRIE.scan(p);
  const money = extractMoneyPrepped(p);
  const ends = sentenceEnds(p);
  const sent = (at: number) => sentenceOf(ends, at);
  const salaryAt = hits.filter((h) => h.value.cls === 'salary').map((h) => h.start);
  const used = new Set<Hit>();
  const out: Fee[] = [];

  for (const g of groups(p, hits, sent)) {
    const core = g.members.filter((m) => m.value.cls === 'kind' || m.value.cls === 'fee');
    if (!core.length) continue;
    const onto = g.members.some((m) => m.value.cls === 'negBefore' || m.value.cls === 'negEither');
    const near = (cls: Word['cls'][]) => nearest(hits, g, sent, (h) => cls.includes(h.value.cls));
    const neg = near(['neg', 'negAlone']);
    const charge = near(['charge', 'tied']);
    const verb = verbBefore(p, hits, money, g, sent);
    const negated = onto || (!!neg && (!charge || neg.dist <= charge.dist));
    // "pay 150 USD for medical and 200 USD for documents": the amount after the verb belongs to the first cost.
    const amount = negated ? undefined : amountFor(p, money, salaryAt, g, sent, !!verb);
    const hasFee = core.some((m) => m.value.cls === 'fee' || m.value.compound);
    const kinds = [...new Set(core.map((m) => m.value.kind).filter((k) => k !== undefined))];
    const strong = core.some((m) => m.value.strong);
    const charged = !negated && (!!charge || !!verb || !!amount || strong || (hasFee && kinds.length > 0));
    if (!negated && !charged) continue;
    let start = g.start;
    let end = g.end;
    const widen = (s?: { start: number; end: number }) => {
      if (!s) return;
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    };
    if (negated && !onto) widen(neg?.hit);
    if (charged) {
      widen(charge?.hit);
      widen(verb);
      widen(amount);
    }
    for (const h of [neg?.hit, charge?.hit, verb]) if (h) used.add(h);
    for (const kind of kinds.length ? kinds : (['other'] as const)) {
      const f: Fee = { kind, start, end, chargedToWorker: charged, negated };
      if (amount) f.amount = amount;
      out.push(f);
    }
  }

  // Statements with no fee word of their own: "we never ask for money", "you must pay 5000 first".
  for (const h of hits) {
    if (used.has(h)) continue;
    if (h.value.cls === 'negAlone') out.push({ kind: 'other', start: h.start, end: h.end, chargedToWorker: false, negated: true });
    if (h.value.cls === 'charge') {
      const g: Group = { i0: -1, members: [h], start: h.start, end: h.end, sent: sent(h.start), cost: false };
      const amount = amountFor(p, money, salaryAt, g, sent);
      const f: Fee = { kind: 'other', start: h.start, end: amount ? Math.max(h.end, amount.end) : h.end, chargedToWorker: true, negated: false };
      if (amount) {
        f.amount = amount;
        f.start = Math.min(f.start, amount.start);
      }
      out.push(f);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Consecutive fee, kind and negator words of one sentence joined only by connectors. */
function groups(p: string, hits: Hit[], sent: (at: number) => number): Group[] {
  const out: Group[] = [];
  let cur: Group | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const c = h.value.cls;
    if (c !== 'kind' && c !== 'fee' && c !== 'negBefore' && c !== 'negEither') {
      cur = undefined;
      continue;
    }
    const s = sent(h.start);
    const how = cur && cur.sent === s ? joins(p, cur, h, hits[i + 1]) : 'new';
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

const isCost = (h: Hit | undefined) => !!h && (h.value.cls === 'kind' || h.value.cls === 'fee');
const isNeg = (h: Hit | undefined) => !!h && (h.value.cls === 'negBefore' || h.value.cls === 'negEither');
const feeish = (h: Hit | undefined) => !!h && (h.value.cls === 'fee' || !!h.value.compound);

/** A statement lists a few costs; a longer run of fee words is a word list, not one statement. */
const MAX_MEMBERS = 12;

function joins(p: string, g: Group, h: Hit, next: Hit | undefined): 'join' | 'carry' | 'new' {
  const members = g.members;
  if (members.length >= MAX_MEMBERS) return 'new';
  const last = members[members.length - 1]!;
  const gap = p.slice(last.end, h.start);
  if (gap.length > 14 || DIGIT.test(gap)) return 'new';
  const words = gapWords(gap);
  if (!words.every((w) => CONNECTOR.has(w))) return 'new';
  // "no", "zero", "包" only negate what follows them.
  if (h.value.cls === 'negBefore' && g.cost) return 'new';
  const conj = /[/&+]/.test(gap) || words.some((w) => AFTER_FEE.has(w));
  // "visa free, medical fee 500": a negator written after a cost closes that statement.
  if (isNeg(last) && members.length > 1 && isCost(members[members.length - 2]) && isCost(h)) return conj ? 'join' : /[,;:]/.test(gap) ? 'new' : 'carry';
  if (feeish(last) && isCost(h) && !conj) {
    // "biaya proses", "phí visa": fee noun then what it is for; but "placement fee medical fee" is two.
    const nextFee = feeish(next) && next!.start - h.end <= 3;
    return h.value.cls === 'kind' && !h.value.compound && !nextFee && !/[,;:]/.test(gap) ? 'join' : 'new';
  }
  return 'join';
}

function nearest(hits: Hit[], g: Group, sent: (at: number) => number, ok: (h: Hit) => boolean): { hit: Hit; dist: number } | undefined {
  let best: { hit: Hit; dist: number } | undefined;
  // Hits are sorted; scan outwards from the group and stop past the reach.
  const i0 = g.i0;
  for (let i = i0 - 1; i >= 0; i--) {
    const h = hits[i]!;
    const dist = g.start - h.end;
    if (dist > NEAR) break;
    if (ok(h) && sent(h.start) === g.sent) {
      best = { hit: h, dist };
      break;
    }
  }
  for (let i = i0 + g.members.length; i < hits.length; i++) {
    const h = hits[i]!;
    const dist = h.start - g.end;
    if (dist > NEAR) break;
    if (ok(h) && sent(h.start) === g.sent) {
      if (!best || dist < best.dist) best = { hit: h, dist };
      break;
    }
  }
  return best;
}

/** "pay 300 USD for visa": a pay verb shortly before the group, with only an amount or "for" between. */
function verbBefore(p: string, hits: Hit[], money: Money[], g: Group, sent: (at: number) => number): Hit | undefined {
  for (let i = g.i0 - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (g.start - h.end > VERB_REACH) return undefined;
    if (h.value.cls !== 'verb') continue;
    if (sent(h.start) !== g.sent) return undefined;
    let gap = p.slice(h.end, g.start);
    for (let k = firstFrom(money, h.end); k < money.length && money[k]!.end <= g.start; k++) gap = gap.replace(p.slice(money[k]!.start, money[k]!.end), ' ');
    return gapWords(gap).every((w) => VERB_FILLER.has(w)) && !DIGIT.test(gap) ? h : undefined;
  }
  return undefined;
}

/** The amount written with the fee: right after it (preferred) or right before, same sentence, not a salary. */
function amountFor(p: string, money: Money[], salaryAt: number[], g: Group, sent: (at: number) => number, preferBefore = false): Money | undefined {
  const i = firstFrom(money, g.end);
  const a = money[i];
  const after = a && a.start - g.end <= 40 && sent(a.start) === g.sent && !between(salaryAt, g.end, a.start) ? a : undefined;
  const b = money[i - 1];
  // An amount before the fee words must lead into them ("PHP 15,000 processing fee", "300 USD for visa"), not end another statement.
  const lead = (gap: string) => !/[,;:]/.test(gap) && gapWords(gap).every((w) => CONNECTOR.has(w));
  const before =
    b && b.end <= g.start && g.start - b.end <= 30 && sent(b.start) === g.sent && !between(salaryAt, b.end, g.start) && lead(p.slice(b.end, g.start)) ? b : undefined;
  return preferBefore ? (before ?? after) : (after ?? before);
}

function firstFrom(money: Money[], at: number): number {
  let lo = 0;
  let hi = money.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (money[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function between(sorted: number[], a: number, b: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < a) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! < b;
}
