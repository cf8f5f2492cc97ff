import { CHARGE_ALONE, CHARGE_TIED, CHARGE_VERB, CONNECTORS, DEPOSIT_VERB, FEE_NOUNS, KIND_WORDS, STRONG_KINDS, VERB_GAP, type Lex } from './fee-words';
// The added families extend the lists above when loaded; they also hold the lists named here.
import { MONEY_PAY } from './fee-words-added';
// Round 7 word families: appended to the lists above when loaded.
import './fee-families';
// Round 10: optional or consented living costs, informal Vietnamese 'not', contract and service-charge phrases.
import './fee-negators-consent';
import './fee-words-other-names';
// Round 11: workwear and ID badges, a work invitation, instalments paid before and on arrival.
import './fee-words-round11';
import { NEG_AFTER, NEG_ALONE, NEG_BEFORE, NEG_EITHER, NEG_PHRASES } from './fee-negators';
import { CAP, OFFICIAL } from './fee-negators-added';
import { ORDINARY, WEAK } from './fee-ordinary';
import type { FeeKind } from './fees';
import { SALARY_WORDS } from './money-words';
import { PhraseTrie } from './phrase-trie';
import { prep } from './text';

/** The fee word lists compiled into one trie, each phrase tagged with what it says. */

export type Cls =
  | 'fee' // a fee or cost noun
  | 'kind' // what is paid for (visa, ticket, deposit…)
  | 'charge' // the worker pays, fee or not
  | 'moneyPay' // "pay money", "nộp tiền": a charge only with an amount by it
  | 'tied' // said of a fee: the worker pays it
  | 'verb' // "pay": the worker pays the cost that follows
  | 'neg' // the employer pays / it is covered (sentence-wide)
  | 'negAlone' // no fee at all, stands alone
  | 'negBefore' // "no", "zero", "without" right before a fee word
  | 'negAfter' // "शुल्क लिँदैनौं", "fee: none": right after a fee word
  | 'negEither' // "free", "provided" on either side of a fee word
  | 'salary' // pay words: an amount after them is pay, not a fee
  | 'official' // set by the government or by law: not a recruitment fee
  | 'cap' // "at most": with an official word, a lawful ceiling
  | 'ordinary'; // an ordinary phrase hiding a fee word ("in charge of", "direct deposit")

export interface Word {
  cls: Cls;
  kind?: FeeKind;
  strong?: boolean;
  /** A kind word that already says "fee" ("placement fee", "签证费", "ค่าวีซ่า"). */
  compound?: boolean;
  /** A verb that puts only a deposit or bond on the worker ("make a deposit"). */
  depositOnly?: boolean;
}

export const TRIE = new PhraseTrie<Word>();
const keepFirst = (old: Word) => old;
/**
 * The engine reads NFKC text: Thai "ำ" arrives as "ํา", Bengali "য়" and Devanagari "क़" as base
 * plus nukta. Each phrase is also added in that form, or it would never meet the engine's text.
 */
const withNfkc = (w: string) => {
  const n = w.normalize('NFKC');
  return n === w ? [w] : [w, n];
};
const all = (lex: Lex) => Object.values(lex).flat().flatMap(withNfkc);

const FEE_FOLDED = all(FEE_NOUNS).map((w) => prep(w.replace(/\*$/, '')));
const WEAK_SET = new Set(WEAK.flatMap(withNfkc));

function isCompound(word: string): boolean {
  if (WEAK_SET.has(word)) return false;
  const w = prep(word);
  if (w.startsWith('ค่า')) return true; // Thai "ค่า…" is "the cost of …"
  return FEE_FOLDED.some((f) => (/^[a-z]/.test(f) ? ` ${w} `.includes(` ${f} `) : w.includes(f)));
}

// Order matters: a phrase listed in two classes keeps the first.
TRIE.addAll(all(NEG_ALONE), { cls: 'negAlone' }, keepFirst);
TRIE.addAll(all(NEG_PHRASES), { cls: 'neg' }, keepFirst);
TRIE.addAll(all(CHARGE_ALONE), { cls: 'charge' }, keepFirst);
TRIE.addAll(all(CHARGE_TIED), { cls: 'tied' }, keepFirst);
TRIE.addAll(all(MONEY_PAY), { cls: 'moneyPay' }, keepFirst);
TRIE.addAll(all(ORDINARY), { cls: 'ordinary' }, keepFirst);
for (const [kind, lex] of Object.entries(KIND_WORDS) as [FeeKind, Lex][]) {
  for (const w of all(lex)) TRIE.add(w, { cls: 'kind', kind, strong: STRONG_KINDS.has(kind) && !WEAK_SET.has(w), compound: isCompound(w) }, keepFirst);
}
TRIE.addAll(all(FEE_NOUNS), { cls: 'fee' }, keepFirst);
TRIE.addAll(all(CHARGE_VERB), { cls: 'verb' }, keepFirst);
TRIE.addAll(all(DEPOSIT_VERB), { cls: 'verb', depositOnly: true }, keepFirst);
TRIE.addAll(all(NEG_EITHER), { cls: 'negEither' }, keepFirst);
TRIE.addAll(all(NEG_BEFORE), { cls: 'negBefore' }, keepFirst);
// Written before in one list and after in the other ("không thu", "无"): either side.
TRIE.addAll(all(NEG_AFTER), { cls: 'negAfter' }, (old) => (old.cls === 'negBefore' ? { cls: 'negEither' } : old));
TRIE.addAll(SALARY_WORDS.flatMap(withNfkc), { cls: 'salary' }, keepFirst);
TRIE.addAll(all(OFFICIAL), { cls: 'official' }, keepFirst);
TRIE.addAll(all(CAP), { cls: 'cap' }, keepFirst);

export const CONNECTOR = new Set(CONNECTORS.flatMap(withNfkc).map(prep));
export const VERB_FILLER = new Set(VERB_GAP.flatMap(withNfkc).map(prep));
/** Words that join two fees of one list after a fee noun ("visa fee and ticket", "fee for visa"); a bare comma does not. */
export const AFTER_FEE = new Set(
  ['and', 'or', 'y', 'o', 'e', 'et', 'ou', 'dan', 'atau', 'at', 'va', 'и', 'або', 'si', 'sau', 'और', 'र', 'ও', 'และ', '和', '及', '或', 'እና', 'for', 'of', 'de', 'para',
    'pour', 'untuk', 'за', 'на', 'для', 'pentru', 'sa', 'ng', 'cho', 'la', 'del', 'des', 'du', 'da', 'do', 'the', 'لل', 'ال', 'وال', 'و', 'को', 'का', 'के'].map(prep),
);
