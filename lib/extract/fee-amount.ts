import { CONNECTOR, type Word } from './fee-lexicon';
import { addOn, extractMoneyPrepped, multAt, type Money } from './money';
import { FILLERS, MULTIPLIERS, PERIOD_AFTER, UNIT_WORDS } from './money-words';
import { scanNumbers, type NumberToken } from './numbers';
import { HitIndex, PhraseTrie, type PhraseHit } from './phrase-trie';
import { gapWords, isLetterAt, prep } from './text';

/**
 * Amounts a fee may be written with: the money extractor's amounts, plus bare numbers ("placement
 * fee 15k", "processing fee 5000") that only count tied to a fee noun, a charge or a pay verb.
 * An amount with a pay period ("/month", "mỗi tháng") or a salary word right by it is pay.
 */
export interface Amount {
  m: Money;
  /** No currency and no pay word: only an amount where a fee statement says so. */
  bare: boolean;
  /** Pay: a salary word by it (never a fee amount), or only a pay period (a fee only with a charge: "5 euros a day deducted from wages"). */
  pay: false | 'salary' | 'period';
  /** A bare number with a multiplier ("15k", "2 тыс", "5 ribu"): nobody writes counts that way beside a cost, so it is money. */
  mult?: boolean;
}

type Hit = PhraseHit<Word>;
interface NumWord {
  mult?: number;
  unit?: boolean;
  period?: boolean;
}
const NUM_TRIE = new PhraseTrie<NumWord>();
const merge = (a: NumWord, b: NumWord): NumWord => ({ ...a, ...b });
for (const m of MULTIPLIERS) NUM_TRIE.addAll(m.words, { mult: m.factor }, merge);
NUM_TRIE.addAll(UNIT_WORDS, { unit: true }, merge);
for (const [period, words] of Object.entries(PERIOD_AFTER)) if (period !== 'once') NUM_TRIE.addAll(words, { period: true }, merge);

const PAY_PERIODS = new Set(['hour', 'day', 'week', 'month', 'year']);
const PAY_FILLER = new Set([...FILLERS].map((w) => prep(w)));
/** Words that may stand between a fee and its amount ("fee of", "biaya sebesar", "押金为", "sabai milaera"). */
const AMOUNT_GAP = new Set(
  ['of', 'is', 'are', 'was', 'will', 'be', 'na', 'ay', 'amounting', 'amount', 'amounts', 'to', 'only', 'around', 'about', 'approx', 'approximately', 'up', 'upto', 'min',
    'minimum', 'max', 'maximum', 'total', 'totalling', 'worth', 'just', 'estimated', 'cost', 'costs', 'you', 'all', 'together', 'altogether', 'available', 'milchha', 'milcha', 'rs', 'रु', 'रू', 'sebesar',
    'senilai', 'adalah', 'hanya', 'sekitar', 'mula', 'halos', 'ng', 'sa', 'ang', 'de', 'desde', 'hasta', 'aproximadamente', 'environ', 'cerca', 'около', 'примерно', 'от', 'до',
    'в', 'размере', 'составляет', 'складає', 'від', 'розмірі', 'la', 'khoang', 'tong', 'cong', 'tu', 'len', 'den', '约', '为', '是', '共', '合计', '总共', '共计', '总计', '大约',
    '需要', '需', '要', '计', 'حوالي', 'قدره', 'بقيمة', 'مبلغ', 'وقدره', 'लगभग', 'करीब', 'कुल', 'सबै', 'sabai', 'milaera', 'milake', 'প্রায়', 'মাত্র', 'ประมาณ', 'เป็นเงิน',
    'จำนวน', 'รวม', 'ทั้งหมด', 'ប្រហែល', 'សរុប', 'ብቻ',
    // "deposit mulai 100rb", "recarga desde S/ 100", "à partir de 50 €": a lowest amount.
    'mulai', 'minimal', 'dari', 'partir', 'a', 'from', 'starting', 'least', 'ab', 'từ', 'ตั้งแต่', '起', '从', 'apartir'].map(prep),
);
/** Written right before an amount, a price ("work visa here for 2500 AED"): one more word may stand before it. */
const PRICE = new Set(['for', 'at', 'para', 'por', 'pour', 'за', 'seharga', 'halagang', 'worth'].map(prep));
const LINE = /[\n\r]/;
const CLAUSE = /[,;:+]/;

/** All amounts of the text, sorted by start, with bare numbers and pay marked. */
export function amountsOf(p: string, hits: Hit[], sent: (at: number) => number): Amount[] {
  const money = extractMoneyPrepped(p).map((m) => oneLine(p, m));
  const idx = new HitIndex(NUM_TRIE.scan(p));
  const out: Amount[] = [];
  let k = 0;
  const toks = scanNumbers(p);
  const used = new Set<NumberToken>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    while (k < money.length && money[k]!.end <= t.start) out.push({ m: money[k++]!, bare: false, pay: false });
    if (k < money.length && money[k]!.start < t.end) continue;
    if (t.leadingZero || t.notAmount || /[+#-]/.test(p[t.start - 1] ?? '') || isLetterAt(p, t.start - 1)) continue;
    if (used.has(t)) continue;
    const mult = idx.after(p, t.end, 1, (w) => w.mult !== undefined);
    const more = mult ? addOn(p, toks, i, mult.end, mult.value.mult ?? 1, (at) => multAt(idx.after(p, at, 1, (w) => w.mult !== undefined))) : undefined;
    if (more) used.add(more.tok);
    const end = more ? more.end : mult ? mult.end : t.end;
    if (!mult && isLetterAt(p, end)) continue; // "20th", "4x4"
    if (p[end] === '%' || idx.after(p, end, 1, (w) => !!w.unit && !w.period && w.mult === undefined)) continue;
    const amount = t.value * (mult?.value.mult ?? 1) + (more?.value ?? 0);
    if (amount < 10 && !(amount === 0 && !mult)) continue;
    out.push({ m: { amount, start: t.start, end }, bare: true, mult: !!mult, pay: idx.after(p, end, 1, (w) => !!w.period) ? 'period' : false });
  }
  while (k < money.length) out.push({ m: money[k++]!, bare: false, pay: false });
  for (const a of out) {
    if (salaryNear(p, hits, a.m, sent)) a.pay = 'salary';
    else if (a.m.period !== undefined && PAY_PERIODS.has(a.m.period)) a.pay = 'period';
  }
  return out;
}

/** The money extractor may run a period on past a line break ("4,500\nmonthly …"): cut it at the line. */
function oneLine(p: string, m: Money): Money {
  const nl = p.slice(m.start, m.end).search(LINE);
  if (nl < 0) return m;
  let cut = m.start + nl;
  while (cut > m.start && p[cut - 1] === ' ') cut--;
  const out: Money = { ...m, end: cut };
  delete out.period;
  if (/\d/.test(p.slice(cut, m.end))) delete out.max;
  return out;
}

/** "Salary: 1,200", "২০,০০০ টাকা বেতন": a salary word written right before or after the amount. */
function salaryNear(p: string, hits: Hit[], m: Money, sent: (at: number) => number): boolean {
  const b = hits[firstFrom(hits, m.start) - 1];
  if (b && b.value.cls === 'salary' && m.start - b.end <= 25 && sent(b.start) === sent(m.start) && fillers(p.slice(b.end, m.start))) return true;
  const a = hits[firstFrom(hits, m.end)];
  return !!a && a.value.cls === 'salary' && a.start - m.end <= 12 && sent(a.start) === sent(m.start) && fillers(p.slice(m.end, a.start));
}

const fillers = (gap: string) => !/\d/.test(gap) && !LINE.test(gap) && !CLAUSE.test(gap) && gapWords(gap).every((w) => PAY_FILLER.has(w));

export interface AmountOptions {
  /** Take the amount before the cost first ("pay 150 USD for medical"). */
  preferBefore: boolean;
  /** A fee noun, charge or pay verb says money is meant: a bare number may be the fee's. */
  feeSaid: boolean;
  /** The worker is told to pay (a charge or pay verb): an amount with a pay period may be the fee's ("5 euros a day deducted from wages"). */
  periodOk: boolean;
  /** Words allowed between the cost and an amount after it, besides "of", "is", "sebesar"… ("biaya administrasi Rp 3.500.000"). */
  budget: number;
  /** Charge phrases between the cost and the amount ("paid by applicant: 500"). */
  skip: Hit[];
  /** All phrase hits (sorted), to read a bracketed list of costs. */
  hits: Hit[];
}

/**
 * The amount written with a cost: right after it with only "of", "is", "na"… between, or right
 * before it leading into it ("PHP 15,000 processing fee", "300 USD for visa"), same sentence, not pay.
 */
export function amountFor(p: string, amounts: Amount[], from: number, to: number, sent: (at: number) => number, o: AmountOptions): Money | undefined {
  const i = firstAmount(amounts, to);
  const ok = (a: Amount | undefined) =>
    !!a && (!a.pay || (a.pay === 'period' && o.periodOk)) && (o.feeSaid || !a.bare || !!a.mult) && sent(a.m.start) === sent(from);
  const a = amounts[i];
  let after: Money | undefined;
  if (ok(a) && a!.m.start - to <= 40) {
    let gap = p.slice(to, a!.m.start);
    for (const h of o.skip) if (h.start >= to && h.end <= a!.m.start) gap = gap.replace(p.slice(h.start, h.end), ' ');
    // "оформлення документів (запрошення + страховка) – 200 €": what the fee covers, in brackets.
    gap = gap.replace(/\([^()]*\)|^[^()]*\)|\(\s*$/g, ' ');
    const words = gapWords(gap);
    const odd = words.filter((w) => !AMOUNT_GAP.has(w) && !CONNECTOR.has(w)).length;
    // "visite médicale agréée : 85 000 FCFA": a label ends at the colon or dash.
    const budget = o.budget + (PRICE.has(words[words.length - 1] ?? '') ? 1 : 0) + (o.budget === 0 && /[:=–—]/.test(gap) ? 1 : 0);
    if (!/\d|[()]/.test(gap) && odd <= budget && !(odd && /[,;]/.test(gap))) after = a!.m;
  }
  const b = amounts[i - 1];
  let before: Money | undefined;
  if (ok(b) && b!.m.end <= from && from - b!.m.end <= 30) {
    const gap = p.slice(b!.m.end, from);
    // "80 lakh (training fee, dorm, air ticket)": each cost listed in brackets after the amount.
    const listed = /^\s*\([^()\d]*$/.test(gap) && costList(p, o.hits, b!.m.end, from);
    if (listed || (!CLAUSE.test(gap) && gapWords(gap).every((w) => CONNECTOR.has(w)))) before = b!.m;
  }
  return o.preferBefore ? (before ?? after) : (after ?? before);
}

/** Between `from` and `to` only cost words, connectors and at most two other words ("(LMIA + work permit + ticket"), not "(half advance, half after the visa". */
function costList(p: string, hits: Hit[], from: number, to: number): boolean {
  let gap = p.slice(from, to);
  for (let i = firstFrom(hits, from); i < hits.length && hits[i]!.start < to; i++) {
    const c = hits[i]!.value.cls;
    if (c === 'kind' || c === 'fee') gap = gap.replace(p.slice(hits[i]!.start, hits[i]!.end), ' ');
  }
  return gapWords(gap.replace(/[၊။、，]/g, ' ')).filter((w) => !CONNECTOR.has(w)).length <= 2;
}

/** Index of the first amount starting at or after `at` (binary search). */
export function firstAmount(list: Amount[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.m.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function firstFrom(list: { start: number }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
