import { amountFor, amountsOf, firstAmount, type Amount } from './fee-amount';
import { groups, NEAR, type Group, type Hit } from './fee-groups';
import { TRIE, VERB_FILLER, type Word } from './fee-lexicon';
import type { Money } from './money';
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

const VERB_REACH = 40;
const DIGIT = /\d/;
/** Between a salary word and the cost it is pay for ("salary after training", "sueldo durante la capacitación"). */
const SALARY_CONTEXT = new Set(
  ['after', 'during', 'while', 'in', 'on', 'for', 'of', 'the', 'upon', 'under', 'post', 'pendant', 'apres', 'la', 'le', 'durante', 'despues', 'de', 'del', 'el', 'selama', 'setelah',
    'sau', 'trong', 'khi', 'habang', 'pagkatapos', 'ng', 'sa', 'во', 'время', 'после', 'на', 'период', 'під', 'час', 'після', 'period'].map(prep),
);

/**
 * Fees and costs the worker is asked to pay (the ILO "employer pays" principle), and statements
 * that there is none or that the employer pays it. Fee words of one list form a group ("medical,
 * visa and ticket fees"); the group is negated by a negator written onto it ("no", "free",
 * "provided", "लिँदैनौं") or by a sentence-wide phrase ("paid by the employer") nearer than any
 * charge phrase. A line break ends a statement: nothing is joined across it.
 */
export function extractFees(text: string): Fee[] {
  const p = prep(text);
  // Phrases never run across a line break (the trie reads "\n" as a space).
  const hits = TRIE.scan(/[\n\r]/.test(p) ? p.replace(/[\n\r]/g, '\u2029') : p);
  const ends = sentenceEnds(p);
  const sent = (at: number) => sentenceOf(ends, at);
  // Amounts only matter next to a cost or a charge; a text without any needs no money read.
  const costly = hits.some((h) => h.value.cls === 'kind' || h.value.cls === 'fee' || h.value.cls === 'charge');
  const amounts = costly ? amountsOf(p, hits, sent) : [];
  const used = new Set<Hit>();
  const out: Fee[] = [];
  const near = (g: Group, cls: Word['cls'][]) => nearest(hits, g, sent, (h) => cls.includes(h.value.cls));

  for (const g of groups(p, hits, sent)) {
    const core = g.members.filter((m) => m.value.cls === 'kind' || m.value.cls === 'fee');
    if (!core.length) continue;
    const onto = g.members.some((m) => m.value.cls === 'negBefore' || m.value.cls === 'negEither' || m.value.cls === 'negAfter');
    const neg = near(g, ['neg', 'negAlone']);
    const charge = near(g, ['charge', 'tied']);
    const kinds = [...new Set(core.map((m) => m.value.kind).filter((k) => k !== undefined))];
    const verb = verbBefore(p, hits, amounts, g, sent, kinds.includes('deposit') || kinds.includes('bond'));
    let negated = onto || (!!neg && (!charge || (neg.dist <= charge.dist && !chargedBack(hits, g, neg.hit, charge.hit))));
    const hasFee = core.some((m) => m.value.cls === 'fee' || m.value.compound);
    const strong = core.some((m) => m.value.strong);
    const feeSaid = hasFee || strong || !!verb || !!charge;
    // "pay 150 USD for medical and 200 USD for documents": the amount after the verb belongs to the first cost.
    const o = { preferBefore: !!verb, feeSaid, periodOk: !!verb || !!charge, budget: feeSaid ? 2 : 0, skip: charge ? [charge.hit] : [], hits };
    const amount = negated || salaryContext(p, hits, g, sent) ? undefined : amountFor(p, amounts, g.start, g.end, sent, o);
    // "Placement fee: PHP 0" says there is none.
    if (amount && amount.amount === 0) negated = true;
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
      if (amount && charged) f.amount = amount;
      out.push(f);
    }
  }

  // Statements with no fee word of their own: "we never ask for money", "you must pay 5000 first".
  for (const h of hits) {
    if (used.has(h)) continue;
    if (h.value.cls === 'negAlone') out.push({ kind: 'other', start: h.start, end: h.end, chargedToWorker: false, negated: true });
    if (h.value.cls === 'charge') {
      const amount = amountFor(p, amounts, h.start, h.end, sent, { preferBefore: false, feeSaid: true, periodOk: true, budget: 2, skip: [], hits });
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

/**
 * "Nosotros pagamos tiquetes y visa, después se descuenta del sueldo": the employer advances the
 * cost and takes it back. A deduction written after the costs and the employer-pays phrase, with
 * no other cost between, puts them back on the worker.
 */
function chargedBack(hits: Hit[], g: Group, neg: Hit, charge: Hit): boolean {
  if (charge.value.cls !== 'tied' || charge.start < neg.end || charge.start < g.end) return false;
  for (let i = g.i0 + g.members.length; i < hits.length && hits[i]!.start < charge.start; i++) {
    const c = hits[i]!.value.cls;
    if (c === 'kind' || c === 'fee') return false;
  }
  return true;
}

/** "Salary after training: QAR 1,200": the cost names when the pay is paid, and the amount is pay. */
function salaryContext(p: string, hits: Hit[], g: Group, sent: (at: number) => number): boolean {
  const h = hits[g.i0 - 1];
  if (!h || h.value.cls !== 'salary' || g.start - h.end > 25 || sent(h.start) !== g.sent) return false;
  const gap = p.slice(h.end, g.start);
  return !DIGIT.test(gap) && gapWords(gap).every((w) => SALARY_CONTEXT.has(w));
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
function verbBefore(p: string, hits: Hit[], amounts: Amount[], g: Group, sent: (at: number) => number, deposit: boolean): Hit | undefined {
  for (let i = g.i0 - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (g.start - h.end > VERB_REACH) return undefined;
    if (h.value.cls !== 'verb' || (h.value.depositOnly && !deposit)) continue;
    if (sent(h.start) !== g.sent) return undefined;
    let gap = p.slice(h.end, g.start);
    for (let k = firstAmount(amounts, h.end); k < amounts.length && amounts[k]!.m.end <= g.start; k++) gap = gap.replace(p.slice(amounts[k]!.m.start, amounts[k]!.m.end), ' ');
    return gapWords(gap).every((w) => VERB_FILLER.has(w)) && !DIGIT.test(gap) ? h : undefined;
  }
  return undefined;
}
