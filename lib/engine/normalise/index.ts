import { foldConfusables } from './confusables';
import { foldCluster } from './fold';
import { foldLeet } from './leet';
import { joinSpacedLetters } from './spaced';
import { emptyUnits, NEWLINE, pushUnit, SPACE, type Units } from './units';

/**
 * Normalised text with a map back to the original: for each UTF-16 unit i of `text`,
 * original.slice(starts[i], ends[i]) is the character it came from.
 */
export interface Normalised {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

const MARK = /\p{M}/u;

/**
 * NFKC, case folding, zero-width and format characters removed, accents folded (Latin script),
 * Arabic letter variants and diacritics folded, digits of any script as ASCII, emoji and
 * white space as single spaces (a run holding a line break as one line break); then the filter-dodging tricks: spaced letters, mixed-script
 * look-alikes, digits for letters. The same function normalises rule phrases.
 */
export function normalise(original: string): Normalised {
  let u = foldAll(original);
  u = joinSpacedLetters(u);
  foldConfusables(u);
  foldLeet(u);
  return toNormalised(u);
}

/** Character-level folding only (no word-level passes). */
export function foldText(original: string): string {
  return toNormalised(foldAll(original)).text;
}

/**
 * One literal word of a rule phrase, folded exactly as the same word is folded in a text: look-alike
 * letters and digits-for-letters too, so "sip3mi" in a phrase meets "SIP3MI" in an ad (both read
 * "sipemi"). Spaced-letter joining is left out: a phrase word has no spaces.
 */
export function foldWord(original: string): string {
  const u = foldAll(original);
  foldConfusables(u);
  foldLeet(u);
  return toNormalised(u).text;
}

function foldAll(original: string): Units {
  const u = emptyUnits();
  let i = 0;
  const n = original.length;
  while (i < n) {
    const start = i;
    const first = original.codePointAt(i)!;
    i += first > 0xffff ? 2 : 1;
    // A cluster is a base character with the combining marks that follow it.
    while (i < n) {
      const cp = original.codePointAt(i)!;
      const ch = cp > 0xffff ? original.slice(i, i + 2) : original[i]!;
      if (!MARK.test(ch)) break;
      i += ch.length;
    }
    const cluster = i - start === 1 ? original[start]! : original.slice(start, i);
    for (const cp of foldCluster(cluster)) {
      if (cp === SPACE || cp === NEWLINE) {
        // A run of white space becomes one space, or one line break if it holds any.
        const last = u.cps.length ? u.cps[u.cps.length - 1] : NEWLINE;
        if (last === SPACE || last === NEWLINE) {
          if (cp === NEWLINE && last === SPACE) u.cps[u.cps.length - 1] = NEWLINE;
          continue;
        }
      }
      pushUnit(u, cp, start, i);
    }
  }
  return u;
}

function toNormalised(u: Units): Normalised {
  let len = 0;
  for (const cp of u.cps) len += cp > 0xffff ? 2 : 1;
  const starts = new Int32Array(len);
  const ends = new Int32Array(len);
  const parts: string[] = [];
  let k = 0;
  for (let p = 0; p < u.cps.length; p++) {
    const cp = u.cps[p]!;
    parts.push(String.fromCodePoint(cp));
    const w = cp > 0xffff ? 2 : 1;
    for (let q = 0; q < w; q++) { starts[k] = u.starts[p]!; ends[k] = u.ends[p]!; k++; }
  }
  return { text: parts.join(''), starts, ends };
}

/** The original range covered by normalised range [from, to). */
export function originalRange(n: Normalised, from: number, to: number): [number, number] {
  if (to <= from || from >= n.starts.length) return [0, 0];
  return [n.starts[from]!, n.ends[Math.min(to, n.ends.length) - 1]!];
}
