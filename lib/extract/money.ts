import { CURRENCY_WORDS } from './currencies';
import { FILLERS, MULTIPLIERS, PAY_WORDS, PERIOD_AFTER, PERIOD_BEFORE, RANGE_GAP, UNIT_WORDS, type PayPeriod } from './money-words';
import { scanNumbers, type NumberToken } from './numbers';
import { HitIndex, PhraseTrie, type PhraseHit } from './phrase-trie';
import { gapWords, prep, sentenceEnds } from './text';

export type { PayPeriod } from './money-words';

export interface Money {
  amount: number;
  /** Upper end of a range ("1.000–1.500 USD"). */
  max?: number;
  /** ISO 4217. */
  currency?: string;
  period?: PayPeriod;
  start: number;
  end: number;
}

/** What a matched word says about a nearby number; one phrase may say several things ("月薪": pay, monthly). */
interface Word {
  cur?: string | null;
  after?: PayPeriod;
  before?: PayPeriod;
  pay?: boolean;
  mult?: number;
  multCur?: string;
  self?: boolean;
  unit?: boolean;
}

const merge = (a: Word, b: Word): Word => ({ ...a, ...b });
const TRIE = new PhraseTrie<Word>();
for (const [w, cur] of Object.entries(CURRENCY_WORDS)) TRIE.add(w, { cur }, merge);
for (const [period, words] of Object.entries(PERIOD_AFTER)) TRIE.addAll(words, { after: period as PayPeriod }, merge);
for (const [period, words] of Object.entries(PERIOD_BEFORE)) TRIE.addAll(words, { before: period as PayPeriod }, merge);
TRIE.addAll(PAY_WORDS, { pay: true }, merge);
for (const m of MULTIPLIERS) TRIE.addAll(m.words, { mult: m.factor, multCur: m.currency, self: m.self }, merge);
TRIE.addAll(UNIT_WORDS, { unit: true }, merge);

const FILLER = new Set([...FILLERS].map((w) => prep(w)));
const isCur = (w: Word) => w.cur !== undefined;
const isMult = (w: Word) => w.mult !== undefined;
const isAfter = (w: Word) => w.after !== undefined;
const DIGIT = /\d/;

/** Amounts of money in raw or normalised text: currency, range, multiplier and pay period. */
export function extractMoney(text: string): Money[] {
  return extractMoneyPrepped(prep(text));
}

interface Side {
  tok: NumberToken;
  value: number;
  mult?: PhraseHit<Word>;
  curBefore?: PhraseHit<Word>;
  curAfter?: PhraseHit<Word>;
  /** End of the number with its multiplier and currency word. */
  end: number;
}

/** Same as `extractMoney`, on text already folded with `prep` (offsets are the same). */
export function extractMoneyPrepped(p: string): Money[] {
  const toks = scanNumbers(p);
  const idx = new HitIndex(TRIE.scan(p));
  const out: Money[] = [];

  const used = new Set<NumberToken>();
  const side = (tok: NumberToken, i: number): Side => {
    const mult = idx.after(p, tok.end, 1, isMult);
    let end = mult ? mult.end : tok.end;
    // "1 lakh 60 hajar", "১ লাখ ৬০ হাজার", "2 million 500 thousand": a smaller multiplied number adds on.
    const more = mult ? addOn(p, toks, i, mult.end, mult.value.mult ?? 1, (at) => multAt(idx.after(p, at, 1, isMult))) : undefined;
    if (more) {
      end = more.end;
      used.add(more.tok);
    }
    // A lone Latin letter ("15.000.000đ", "P10,000") only counts written onto the number.
    const lone = (h: PhraseHit<Word> | undefined, gap: number) => !!h && gap > 0 && h.end - h.start === 1 && /[a-z]/.test(p[h.start]!);
    let curAfter = idx.after(p, end, 2, isCur);
    if (curAfter && lone(curAfter, curAfter.start - end)) curAfter = undefined;
    if (curAfter) end = curAfter.end;
    let curBefore = idx.before(p, tok.start, 2, isCur);
    if (curBefore && lone(curBefore, tok.start - curBefore.end)) curBefore = undefined;
    return { tok, value: tok.value * (mult?.value.mult ?? 1) + (more?.value ?? 0), mult, curBefore, curAfter, end };
  };

  // The next number's side is often needed twice (as a range end, then as a start): keep it.
  let cached: Side | undefined;
  const sideOf = (i: number): Side => (cached?.tok === toks[i] ? cached! : (cached = side(toks[i]!, i)));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (used.has(t) || t.leadingZero || t.notAmount || p[t.start - 1] === '+' || p[t.start - 1] === '#') continue;
    const a = sideOf(i);
    let b: Side | undefined;
    const nx = toks[i + 1];
    if (nx && !nx.leadingZero && !nx.notAmount && nx.start - a.end <= 16) {
      const nb = sideOf(i + 1);
      if (RANGE_GAP.test(p.slice(a.end, nb.curBefore ? nb.curBefore.start : nx.start))) {
        b = nb;
        i++;
      }
    }
    // "8-10 juta": the multiplier written once covers both ends.
    let amount = a.value;
    if (b && !a.mult && b.mult) amount *= b.mult.value.mult ?? 1;
    const last = b ?? a;
    const curHit = a.curBefore ?? a.curAfter ?? b?.curBefore ?? b?.curAfter;
    const multWord = a.mult?.value ?? b?.mult?.value;
    const currency = curHit?.value.cur ?? multWord?.multCur ?? undefined;
    const start = a.curBefore?.start ?? t.start;
    let end = last.end;

    // Period after: directly, or past a few filler words ("netto al mes").
    let period: PayPeriod | undefined;
    let periodAfter = false;
    for (let k = idx.firstFrom(end); k < idx.hits.length; k++) {
      const ph = idx.hits[k]!;
      if (ph.start - end > 20) break;
      const gap = p.slice(end, ph.start);
      if (DIGIT.test(gap) || !fillersOnly(gap)) break;
      if (ph.value.after) {
        period = ph.value.after;
        // "/год" is Russian for year but Ukrainian for hour (година): "150 грн/год" is hourly pay.
        if (period === 'year' && currency === 'UAH' && p.slice(ph.start, ph.end).includes('год')) period = 'hour';
        periodAfter = true;
        end = ph.end;
        break;
      }
    }

    // Looking back: a pay word or a "monthly"-type word shortly before, with nothing numeric between.
    let pay = false;
    for (let k = idx.firstFrom(start) - 1; k >= 0; k--) {
      const h = idx.hits[k]!;
      if (start - h.end > 30) break;
      const gap = p.slice(h.end, start);
      if (DIGIT.test(gap) || sentenceEnds(gap).length) break;
      if (h.value.pay && !pay && fillersOnly(gap, true)) pay = true;
      if (h.value.before && !period) period = h.value.before;
    }

    const unitAfter = !curHit && idx.after(p, (b ?? a).end, 1, (w) => !!w.unit && !isAfter(w));
    const self = !!multWord?.self;
    const isMoney = !!curHit || self || (pay && !unitAfter && amount >= 10) || (periodAfter && !unitAfter && amount >= 100 && PERIOD_ONLY.has(period!));
    if (!isMoney) continue;
    const m: Money = { amount, start, end };
    if (b) m.max = b.value;
    if (currency) m.currency = currency;
    if (period) m.period = period;
    out.push(m);
  }
  return out;
}

/** A multiplier word found after a number, as addOn wants it. */
export const multAt = (h: PhraseHit<{ mult?: number }> | undefined) => (h && h.value.mult !== undefined ? { end: h.end, factor: h.value.mult } : undefined);

/**
 * "1 lakh 60 hajar", "১ লাখ ৬০ হাজার", "2 million 500 thousand": right after a multiplied number, a
 * number with a smaller multiplier is part of it. `i` is the multiplied number's index in `toks`. Returns what it adds, where it ends and the token it used.
 */
export function addOn(
  p: string,
  toks: NumberToken[],
  i: number,
  at: number,
  factor: number,
  multAfter: (at: number) => { end: number; factor: number } | undefined,
): { value: number; end: number; tok: NumberToken } | undefined {
  const nx = toks[i + 1];
  if (!nx || nx.leadingZero || nx.notAmount || !/^[\s,]{0,3}(?:(?:and|aur|ar|o|ও|र|और|va|et|y|e)\s{1,2})?$/.test(p.slice(at, nx.start))) return undefined;
  const m = multAfter(nx.end);
  if (!m || m.factor >= factor || nx.value * m.factor >= factor) return undefined;
  return { value: nx.value * m.factor, end: m.end, tok: nx };
}

/** A bare number with only a period ("25,000 per month") is pay; "3 per day" is not (see amount floor). */
const PERIOD_ONLY = new Set<PayPeriod>(['hour', 'day', 'week', 'month', 'year']);

/** True when a gap holds only filler words; with `allowWords`, pay/period/currency words in it are fine too. */
function fillersOnly(gap: string, allowWords = false): boolean {
  if (gap.length > 30) return false;
  for (const w of gapWords(gap)) {
    if (FILLER.has(w)) continue;
    if (allowWords && TRIE.scan(w).some((h) => h.start === 0 && h.end === w.length)) continue;
    return false;
  }
  return true;
}
