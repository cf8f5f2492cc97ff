/**
 * Tokens of a normalised text. Words of spaced scripts are tokens; scripts written without
 * spaces between words (Thai, Lao, Khmer, Burmese, Chinese, Japanese) give one token per
 * character cluster, so phrases in them match without any word segmentation. `word` is the
 * token's position counted in words, used for proximity: a character of those scripts counts as
 * a fraction of a word (about 2 Chinese or 4 Thai characters make a word).
 */
export interface Tokens {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  words: Float64Array;
  /** Sentence number of each token: negation windows (`unless`) do not reach across sentences. */
  sentences: Int32Array;
  /** Line number of each token: a phrase is matched within one line (a field boundary is a line break too). */
  lines: Int32Array;
  count: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
// Sentence ends: line breaks, . ! ? before a space, and the full stops of other scripts (Chinese 。, Devanagari
// danda, Ethiopic ።, Burmese ။, Khmer ។, Arabic question mark).
const ALWAYS_END = new Set(['\n', '。', '！', '？', '।', '॥', '።', '။', '។', '؟']);
const END_BEFORE_SPACE = new Set(['.', '!', '?']);
const MARK = /\p{M}/u;

function unspacedWeight(cp: number): number {
  if ((cp >= 0x0e00 && cp <= 0x0eff) || (cp >= 0x1000 && cp <= 0x109f) || (cp >= 0xa9e0 && cp <= 0xa9ff) || (cp >= 0xaa60 && cp <= 0xaa7f) || (cp >= 0x1780 && cp <= 0x17ff) || (cp >= 0x19e0 && cp <= 0x19ff)) return 0.25;
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x2fa1f)) return 0.5;
  return 0;
}

export function tokenize(text: string): Tokens {
  const cap = Math.ceil(text.length / 2) + 8;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let words = new Float64Array(cap);
  let sentences = new Int32Array(cap);
  let lines = new Int32Array(cap);
  let count = 0;
  let line = 0;
  let word = 0;
  let sentence = 0;
  const push = (s: number, e: number, w: number) => {
    if (count === starts.length) {
      starts = grow(starts); ends = grow(ends); sentences = grow(sentences); lines = grow(lines);
      const nw = new Float64Array(words.length * 2); nw.set(words); words = nw;
    }
    starts[count] = s; ends[count] = e; words[count] = word; sentences[count] = sentence; lines[count] = line; count++;
    word += w;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + w);
    if (!WORD_CHAR.test(ch)) {
      if (ch === '\n') line++;
      if (ALWAYS_END.has(ch) || (END_BEFORE_SPACE.has(ch) && (i + 1 >= n || text[i + 1] === ' '))) sentence++;
      i += w;
      continue;
    }
    const unspaced = unspacedWeight(cp);
    if (unspaced > 0) {
      let j = i + w;
      while (j < n && MARK.test(text[j]!)) j++;
      push(i, j, unspaced);
      i = j;
      continue;
    }
    let j = i + w;
    while (j < n) {
      const c2 = text.codePointAt(j)!;
      const w2 = c2 > 0xffff ? 2 : 1;
      if (unspacedWeight(c2) > 0 || !WORD_CHAR.test(text.slice(j, j + w2))) break;
      j += w2;
    }
    push(i, j, 1);
    i = j;
  }
  return { text, starts, ends, words, sentences, lines, count };
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

export function tokenText(t: Tokens, k: number): string {
  return t.text.slice(t.starts[k]!, t.ends[k]!);
}

/** Index of the first token ending after char offset `pos` (binary search). */
export function tokenAt(t: Tokens, pos: number): number {
  let lo = 0, hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.ends[mid]! <= pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}
