import { amountFor, amountsOf, firstAmount, type Amount } from './fee-amount';
import { groups, isCost, NEAR, type Group, type Hit } from './fee-groups';
import { PAY_ADD_ON } from './fee-families';
import { staffShare } from './fee-pay-share';
import { listGoesOn, openerBefore, type ListNeg } from './fee-lists';
import { benefitSections, employerPaidItem } from './fee-sections';
import { askedAndDenied } from './fee-questions';
import { CHOICE_WORDS } from './fee-negators-consent';
import { TRIE, VERB_FILLER, type Word } from './fee-lexicon';
import type { Money } from './money';
import { gapWords, prep, sentenceEnds, sentenceOf } from './text';

export type FeeKind =
  | 'recruitment' | 'registration' | 'processing' | 'medical' | 'training' | 'visa' | 'ticket' | 'deposit' | 'bond' | 'document' | 'insurance' | 'placement' | 'other';

/** "Processing fee 38,000, voluntary contribution": 'optional' and 'voluntary' excuse living costs, never these (a known euphemism for a recruitment fee). */
const NOT_OPTIONAL = new Set<FeeKind>(['recruitment', 'processing', 'placement', 'visa', 'ticket', 'medical', 'document', 'bond', 'deposit']);

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
  const costly = hits.some((h) => h.value.cls === 'kind' || h.value.cls === 'fee' || h.value.cls === 'charge' || h.value.cls === 'moneyPay');
  const amounts = costly ? amountsOf(p, hits, sent) : [];
  const used = new Set<Hit>();
  const out: Fee[] = [];
  const near = (g: Group, cls: Word['cls'][]) => nearest(hits, g, sent, (h) => cls.includes(h.value.cls));

  // A negation opening a list carries over its items ("不收取任何押金、服装费、中介费", "We do not charge:\n- deposit\n- uniform fee").
  let list: ListNeg | undefined;
  const sections = costly ? benefitSections(p) : [];
  for (const g of groups(p, hits, sent)) {
    const core = g.members.filter((m) => m.value.cls === 'kind' || m.value.cls === 'fee');
    const opener = openerBefore(p, hits, g);
    if (opener && (!list || list.end < opener.end)) list = opener;
    if (!core.length) continue;
    const onto = g.members.some((m) => m.value.cls === 'negBefore' || m.value.cls === 'negEither' || m.value.cls === 'negAfter');
    const neg = near(g, ['neg', 'negAlone']);
    const charge = near(g, ['charge', 'tied']);
    const kinds = [...new Set(core.map((m) => m.value.kind).filter((k) => k !== undefined))];
    const verb = verbBefore(p, hits, amounts, g, sent, kinds.includes('deposit') || kinds.includes('bond'));
    const choiceOnly = !!neg && CHOICE_WORDS.has(p.slice(neg.hit.start, neg.hit.end)) && kinds.some((k) => NOT_OPTIONAL.has(k));
    let negated = onto || (!!neg && !choiceOnly && (!charge || (neg.dist <= charge.dist && !chargedBack(p, hits, g, neg.hit, charge.hit))));
    // "What we provide:\n- visa fee\n- flights": an item of an employer-paid section, with no amount or deduction of its own.
    if (!negated && employerPaidItem(p, hits, amounts, g, sections)) negated = true;
    let carried = !negated && !!list && !verb && !(charge && charge.hit.start >= g.start) && listGoesOn(p, hits, list, g);
    const hasFee = core.some((m) => m.value.cls === 'fee' || m.value.compound);
    const strong = core.some((m) => m.value.strong);
    const feeSaid = hasFee || strong || !!verb || !!charge;
    // "pay 150 USD for medical and 200 USD for documents": the amount after the verb belongs to the first cost.
    const o = { preferBefore: !!verb, feeSaid, periodOk: !!verb || !!charge, budget: feeSaid ? 2 : 0, skip: charge ? [charge.hit] : [], hits };
    let amount = negated || salaryContext(p, hits, g, sent) ? undefined : amountFor(p, amounts, g.start, g.end, sent, o);
    // "तलब 22–28 हजार + सेवा शुल्क", "10% सेवा शुल्क कर्मचारीबीच बाँडिने": a service charge added to the pay or shared to the staff is pay.
    if (!amount && !negated && (payAddOn(p, amounts, g, core) || staffShare(p, g, core, !!charge || !!verb))) continue;
    // "Free visa, medical fee 5000": an item with its own amount is charged, not one more item of the "free" list.
    if (carried && amount && amount.amount > 0) carried = false;
    else if (carried) {
      negated = true;
      amount = undefined;
    }
    // "Placement fee: PHP 0" says there is none.
    if (amount && amount.amount === 0) negated = true;
    const before = carried || (negated && ((onto && !isCost(g.members[0])) || (!!neg && neg.hit.end <= g.start)));
    list = before ? { end: g.end, lines: (carried && list!.lines) || /^[ \t]*:/.test(p.slice(g.end, g.end + 4)) } : undefined;
    let charged = !negated && (!!charge || !!verb || !!amount || strong || (hasFee && kinds.length > 0));
    // "asking for 'phí hồ sơ', 'phí đồng phục'", "ទារ 'ថ្លៃឯកសារ'": a fee named in quotes with no amount, verb or charge is quoted from a scam warning.
    if (charged && !amount && !verb && !charge && !strong && quoted(p, g)) continue;
    // "EPS-TOPIK fee through the government process only", "service fee at most Rs 10,000 as per government rules": a lawful fee.
    if (charged && near(g, ['official']) && (!amount || near(g, ['cap']))) {
      charged = false;
      for (const h of [charge?.hit, verb]) if (h) used.add(h);
    }
    if (!negated && !charged) continue;
    // "Do I pay for the visa?" — "No, the employer pays": a cost asked about and denied.
    if (charged && askedAndDenied(p, ends, g.sent, g.start, g.end)) continue;
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
  const held = new Set(out.map((f) => f.amount?.start));
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (used.has(h)) continue;
    if (h.value.cls === 'negAlone') out.push({ kind: 'other', start: h.start, end: h.end, chargedToWorker: false, negated: true });
    if (h.value.cls === 'charge' || h.value.cls === 'moneyPay') {
      if (negatedBefore(p, h.start) || officialAfter(hits, i, sent) || askedAndDenied(p, ends, sent(h.start), h.start, h.end)) continue;
      const amount = amountFor(p, amounts, h.start, h.end, sent, { preferBefore: false, feeSaid: true, periodOk: true, budget: 2, skip: [], hits });
      // "recarga desde S/ 100 por Yape", "deposit 250€ на картку": an amount a fee already holds is not charged twice.
      if (h.value.cls === 'moneyPay' && (!amount || held.has(amount.start))) continue;
      const f: Fee = { kind: 'other', start: h.start, end: amount ? Math.max(h.end, amount.end) : h.end, chargedToWorker: true, negated: false };
      if (amount) {
        f.amount = amount;
        f.start = Math.min(f.start, amount.start);
        held.add(amount.start);
      }
      out.push(f);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

// The quote may be followed by the rest of a word written onto the fee ("'የቪዛ ክፍያ'", "'ថ្លៃឯកសារ'").
const OPEN_QUOTE = /(?:^|[\s(:,])['"«“‘„「『‹][^\s\d'"«»“”‘’„「」『』‹›]{0,12}$/;
const CLOSE_QUOTE = /^[^\n\r\d'"»”’“」』›]{0,20}['"»”’“」』›]/;
/** The group stands inside quotation marks ("'biaya medical'", "«медкомиссию»"). */
function quoted(p: string, g: Group): boolean {
  return OPEN_QUOTE.test(p.slice(Math.max(0, g.start - 16), g.start)) && CLOSE_QUOTE.test(p.slice(g.end, g.end + 22));
}

/** Negation words written right before a charge phrase ("do not send money", "không nộp tiền", "jangan transfer uang", "不要交钱"). */
const NOT_BEFORE = new Set(
  ['not', 'never', 'dont', "don't", 'no', 'nor', 'nunca', 'jamas', 'ne', 'pas', 'jamais', 'nao', 'nu', 'niciodata', 'не', 'ніколи', 'никогда', 'нельзя', 'jangan', 'tidak', 'tak',
    'gak', 'nggak', 'usah', 'huwag', 'wag', 'hindi', 'không', 'đừng', 'chớ', 'لا', 'ما', 'لم', 'لن', 'मत', 'नहीं', 'न', 'ना', 'mat', 'nahi', 'নয়', 'না',
    'អត់', 'កុំ', 'មិន', 'ไม่', 'อย่า', '不', '不要', '勿', '别', '別', '无需', '無需', '不用'].map(prep),
);
const NOT_TAIL = /(?:ไม่|อย่า|ไม่ต้อง|不|不要|勿|别|別|无需|無需|不用|不必|មិន|កុំ|អត់)\s*$/;
function negatedBefore(p: string, at: number): boolean {
  const before = p.slice(Math.max(0, at - 24), at);
  if (NOT_TAIL.test(before)) return true;
  const words = gapWords(before.split(/[\n\r.!?;,]/).pop() ?? '');
  return words.slice(-2).some((w) => NOT_BEFORE.has(w));
}

/**
 * "Nosotros pagamos tiquetes y visa, después se descuenta del sueldo": the employer advances the
 * cost and takes it back. A deduction written after the costs and the employer-pays phrase, with
 * no other cost between, puts them back on the worker.
 */
function chargedBack(p: string, hits: Hit[], g: Group, neg: Hit, charge: Hit): boolean {
  if (charge.value.cls !== 'tied' || charge.start < neg.end || charge.start < g.end || CHOICE_WORDS.has(p.slice(neg.start, neg.end))) return false;
  for (let i = g.i0 + g.members.length; i < hits.length && hits[i]!.start < charge.start; i++) {
    const c = hits[i]!.value.cls;
    if (c === 'kind' || c === 'fee') return false;
  }
  return true;
}

/** The group is only a service charge written with "+" right after an amount ("22–28 हजार + सेवा शुल्क"). */
function payAddOn(p: string, amounts: Amount[], g: Group, core: Hit[]): boolean {
  const a = amounts[firstAmount(amounts, g.start) - 1];
  return !!a && /^\s*\+\s*$/.test(p.slice(a.m.end, g.start)) && core.every((m) => PAY_ADD_ON.has(p.slice(m.start, m.end)));
}

/** "tú solo pagas la tasa consular oficial": a charge naming an official fee right after it (two hits at most, same sentence). */
function officialAfter(hits: Hit[], i: number, sent: (at: number) => number): boolean {
  const h = hits[i]!;
  for (let k = i + 1; k < Math.min(hits.length, i + 3); k++) {
    const o = hits[k]!;
    if (o.start - h.end > 30 || sent(o.start) !== sent(h.start)) return false;
    if (o.value.cls === 'official') return true;
  }
  return false;
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
