import { emptyUnits, pushUnit, type Units } from './units';

/**
 * Letters written one by one to dodge filters: "W h a t s A p p", "g.m.a.i.l", "T-e-l-e-g-r-a-m",
 * and phone digits spaced out "0 9 1 7 1 2 3 4 5 6 7". A run of three or more single letters (or
 * five or more single digits) separated by one to three separator characters is joined; the
 * separators are dropped from the normalised text (the offset map still points at the original).
 */
const SEP = new Set([0x20, 0x2e, 0x2d, 0x5f, 0x2a, 0xb7, 0x2022, 0x2f, 0x7c, 0x2c, 0x2b]);
const WORD = /[\p{L}\p{M}\p{N}]/u;
/** A single letter stands alone when nothing word-like touches it (punctuation may). */
const isSep = (cp: number | undefined) => cp === undefined || SEP.has(cp) || !WORD.test(String.fromCodePoint(cp));

function joinable(cp: number): boolean {
  return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x430 && cp <= 0x45f) || (cp >= 0x3b1 && cp <= 0x3c9) || (cp >= 0xe0 && cp <= 0x24f);
}

export function joinSpacedLetters(u: Units): Units {
  const c = u.cps;
  const n = c.length;
  const drop = new Uint8Array(n);
  let i = 0;
  while (i < n) {
    if (!(joinable(c[i]!) && isSep(c[i - 1]) && isSep(c[i + 1]))) { i++; continue; }
    const singles = [i];
    let k = i;
    for (;;) {
      let j = k + 1;
      let seps = 0;
      while (j < n && SEP.has(c[j]!) && seps < 3) { j++; seps++; }
      if (seps === 0 || j >= n || !(joinable(c[j]!) && isSep(c[j + 1]))) break;
      singles.push(j);
      k = j;
    }
    const allDigits = singles.every((p) => c[p]! <= 0x39);
    if (singles.length >= (allDigits ? 5 : 3)) {
      for (let s = 0; s + 1 < singles.length; s++) for (let d = singles[s]! + 1; d < singles[s + 1]!; d++) drop[d] = 1;
    }
    i = k + 1;
  }
  const out = emptyUnits();
  for (let p = 0; p < n; p++) if (!drop[p]) pushUnit(out, c[p]!, u.starts[p]!, u.ends[p]!);
  return out;
}
