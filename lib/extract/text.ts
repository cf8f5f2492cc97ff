/**
 * Shared text folding for the extractors. Every fold maps one UTF-16 unit to exactly one unit, so
 * an offset found in the folded text is the same offset in the input: raw text and the engine's
 * normalised text can both be passed in, and `text.slice(start, end)` stays the evidence.
 */

// Zeros of the Unicode decimal-digit blocks in the scripts we read (all in the BMP).
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0,
  0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0,
  0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];

const FOLD = new Map<string, string>();
for (const zero of DIGIT_ZEROS) for (let d = 0; d < 10; d++) FOLD.set(String.fromCharCode(zero + d), String(d));
const PAIRS: [string, string][] = [
  ['\u066b', '.'], ['\u066c', ','], ['\u060c', ','], ['\u2019', "'"], ['\u2018', "'"], ['\u02bc', "'"],
  ['\u2010', '-'], ['\u2011', '-'], ['\u2212', '-'], ['\uff0d', '-'], ['\uff0b', '+'], ['\uff20', '@'], ['\uff1a', ':'],
  ['\uff0f', '/'], ['\uff08', '('], ['\uff09', ')'], ['\uff0e', '.'], ['\uff0c', ','], ['\u200b', ' '], ['\ufeff', ' '],
  ['\u00a0', ' '], ['\u202f', ' '], ['\u205f', ' '], ['\u3000', ' '], ['\t', ' '],
  // The engine folds these Arabic and Cyrillic variants; doing the same lets one word list serve both inputs.
  ['\u0623', '\u0627'], ['\u0625', '\u0627'], ['\u0622', '\u0627'], ['\u0671', '\u0627'], ['\u0649', '\u064a'],
  ['\u06cc', '\u064a'], ['\u0629', '\u0647'], ['\u06a9', '\u0643'], ['\u0451', '\u0435'], ['\u0401', '\u0435'],
  ['\u0130', 'i'], ['\u0131', 'i'], ['\u0111', 'd'], ['\u0110', 'd'], ['\u0142', 'l'], ['\u0141', 'l'], ['\u00f8', 'o'], ['\u00d8', 'o'],
];
for (const [from, to] of PAIRS) FOLD.set(from, to);
for (let c = 0x2000; c <= 0x200a; c++) FOLD.set(String.fromCharCode(c), ' ');

const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/g;
const MARKS = /[\u0300-\u036f]/g;
const accentCache = new Map<string, string>();

/** Latin letter without its accents when that stays one unit ("ồ" -> "o"), as the engine folds them. */
function unaccent(ch: string): string {
  let out = accentCache.get(ch);
  if (out === undefined) {
    const base = ch.normalize('NFD').replace(MARKS, '');
    out = base.length === 1 ? base : ch;
    accentCache.set(ch, out);
  }
  return out;
}

const FOLD_RE = new RegExp(`[${[...FOLD.keys()].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/** Lower-case, ASCII digits, Latin accents and Arabic letter variants folded; same length as the input. */
export function prep(text: string): string {
  const folded = text.replace(FOLD_RE, (c) => FOLD.get(c) ?? c).toLowerCase().replace(ACCENTED, unaccent);
  if (folded.length === text.length) return folded;
  // Only a lower-casing that expands can get here; fold unit by unit so offsets still line up.
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = FOLD.get(text[i]!) ?? text[i]!;
    const l = c.toLowerCase();
    out += l.length === 1 ? unaccent(l) : c;
  }
  return out;
}

const LETTER = /[\p{L}\p{M}]/u;

/** True for letters and combining marks (a digit or punctuation is a word boundary here). */
export function isLetterAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER.test(s[i]!);
}

/**
 * Which word boundaries a phrase needs, by script. Latin, Cyrillic and Greek words end at
 * non-letters; Indic words take suffixes (so only their start is checked); Arabic takes clitics on
 * both sides and Thai, Lao, Khmer, Burmese, CJK and Ethiopic are written without word spaces.
 */
export function boundaryOf(ch: string | undefined): 'both' | 'left' | 'none' {
  if (!ch) return 'none';
  const c = ch.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f) || (c >= 0x1e00 && c <= 0x1eff)) return 'both';
  if (c >= 0x900 && c <= 0x9ff) return 'left';
  return 'none';
}

const GAP_SPLIT = /[\s:=\-–—,;.()（）：、/|~*•'"!?+&]+/u;

/** The words of a short gap between two matches (punctuation dropped). */
export function gapWords(gap: string): string[] {
  return gap.split(GAP_SPLIT).filter((w) => w.length > 0);
}

/** Sentence ends used to keep evidence within one statement. Abbreviations like "rs." or "no." are not ends. */
const ENDS = /[!?。！？।॥\n\r;|•]|\.(?=\s)/g;
const ABBREV = new Set(['rs', 'no', 'nos', 'tel', 'approx', 'etc', 'ltd', 'inc', 'co', 'dr', 'mr', 'mrs', 'ms', 'st', 'sr', 'jr', 'vs', 'pvt', 'dept', 'php', 'p.m', 'a.m', 'mob', 'ph', 'tk', 'sh', 'ksh', 'min', 'max', 'incl', 'esp', 'e.g', 'i.e', 'ca', 'tlf', 'telp', 'р', 'руб', 'тыс', 'грн', 'лв', 'тис', 'rp', 'dhs', 'nrs', 'रु', 'रू', 'ру']);

/** Sorted offsets of sentence ends in folded text. */
export function sentenceEnds(p: string): number[] {
  const out: number[] = [];
  ENDS.lastIndex = 0;
  for (let m = ENDS.exec(p); m; m = ENDS.exec(p)) {
    if (m[0] === '.') {
      let k = m.index;
      while (k > 0 && m.index - k < 7 && (isLetterAt(p, k - 1) || p[k - 1] === '.')) k--;
      const word = p.slice(k, m.index);
      if (word.length === 1 || ABBREV.has(word)) continue;
    }
    out.push(m.index);
  }
  return out;
}

/** Index of the sentence holding offset `at`, given sorted sentence ends (binary search). */
export function sentenceOf(ends: number[], at: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
