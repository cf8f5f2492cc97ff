import { asciiDigit } from './digits';
import { simplifiedOf } from './han';

/**
 * Folding of one code point: what the engine treats as the same letter. Returns the replacement
 * code points (empty to drop the character). Applied to the page text and to rule phrases alike,
 * so a rule written "pasaporte" matches "PASAPORTE", "pasapórte" and "ｐａｓａｐｏｒｔｅ".
 */

const FORMAT = /^[\p{Cf}\u034f\ufe00-\ufe0f\u180b-\u180f\u20e3]$/u; // zero-width, bidi marks, soft hyphen, variation selectors, keycap
const PICTO = /^[\p{Extended_Pictographic}\p{So}\u2600-\u27bf]$/u; // emoji and pictographs between words
const SPACE_LIKE = /^[\s\p{Zs}\p{Zl}\p{Zp}\p{Cc}]$/u;
const MARK = /\p{M}/gu;
const LATIN = /^\p{Script=Latin}$/u;
const NUKTA = /\u093c/g;
const ARABIC_DIACRITICS = /^[\u064b-\u065f\u0670\u0640\u06d6-\u06ed]$/u; // harakat, superscript alef, tatweel, Quranic marks
const ARABIC_DIACRITICS_G = /[\u064b-\u065f\u0670\u0640\u06d6-\u06ed]/gu;

// Arabic letter variants that writers use interchangeably (common Arabic search normalisation).
const ARABIC_FOLD: Record<number, number> = {
  0x0623: 0x0627, 0x0625: 0x0627, 0x0622: 0x0627, 0x0671: 0x0627, // أ إ آ ٱ -> ا
  0x0649: 0x064a, 0x06cc: 0x064a, // ى ی -> ي
  0x0629: 0x0647, // ة -> ه
  0x06a9: 0x0643, // ک -> ك
};

export const DROP: number[] = [];
export const AS_SPACE: number[] = [0x20];
/** Line breaks survive (as one \n): they end sentences and separate fields for the extractors. */
export const AS_NEWLINE: number[] = [0x0a];

const cache = new Map<string, number[]>();

/**
 * Folds one cluster: a base character with the combining marks that follow it. Working on
 * clusters keeps Devanagari, Bengali or Thai vowel signs with their letter while Latin accents go.
 */
export function foldCluster(cluster: string): number[] {
  const first = cluster.codePointAt(0)!;
  if (cluster.length === 1 && first < 0x80) {
    if (first >= 0x41 && first <= 0x5a) return [first + 32];
    if (first === 0x0a || first === 0x0d) return AS_NEWLINE;
    if (first <= 0x20 || first === 0x7f) return AS_SPACE;
    return [first];
  }
  const hit = cache.get(cluster);
  if (hit) return hit;
  const out = foldSlow(cluster, first);
  if (cache.size < 50_000) cache.set(cluster, out);
  return out;
}

function foldSlow(cluster: string, cp: number): number[] {
  const ch = String.fromCodePoint(cp);
  if (FORMAT.test(ch) || ARABIC_DIACRITICS.test(ch)) return DROP;
  if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) return AS_NEWLINE;
  if (SPACE_LIKE.test(ch)) return AS_SPACE;
  const digit = asciiDigit(cp);
  if (digit >= 0) return [digit];
  if (PICTO.test(ch)) return AS_SPACE;
  const arabic = ARABIC_FOLD[cp];
  if (arabic !== undefined) return [arabic];
  if (cp === 0x0451 || cp === 0x0401) return [0x0435]; // ё -> е: Russian writers use both
  let s = cluster.normalize('NFKC').toLowerCase();
  // Accents are folded for Latin script only: Vietnamese and Romanian are often typed without
  // them, while in Indic, Thai, Khmer or Burmese scripts the marks are vowels and must stay.
  if (LATIN.test(ch)) s = s.normalize('NFD').replace(MARK, '');
  else s = s.replace(ARABIC_DIACRITICS_G, '');
  // Hindi writers use the nukta (dot below) or leave it out for the same word: ऑफ़िस/ऑफिस,
  // तनख़्वाह/तनख्वाह, कफ़ील/कफील. NFKC leaves क़ (U+0958) decomposed, so dropping U+093C folds both.
  if (cp >= 0x0900 && cp <= 0x097f) s = s.replace(NUKTA, '');
  if (s === 'ß') s = 'ss';
  // Vietnamese typed without diacritics writes đ as d; Turkish dotless ı is read as i.
  if (s === 'đ') s = 'd';
  if (s === 'ı') s = 'i';
  const out: number[] = [];
  for (const c of s) {
    const code = c.codePointAt(0)!;
    const d = asciiDigit(code);
    if (FORMAT.test(c)) continue;
    out.push(d >= 0 ? d : (ARABIC_FOLD[code] ?? simplifiedOf(code) ?? code));
  }
  return out;
}
