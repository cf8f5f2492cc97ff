import type { Units } from './units';

/**
 * Digits swapped for letters inside Latin words ("wh4tsapp", "p4ssp0rt", "0nline"). A digit is
 * read as a letter only where it cannot be part of a number or a unit: a single digit with letters
 * on both sides, or 0/1/3 opening or closing a word of three or more letters. "24h", "2nd",
 * "10am", "5000rub" and "covid19" stay as they are.
 */
const LEET: Record<number, number> = { 0x30: 0x6f, 0x31: 0x69, 0x33: 0x65, 0x34: 0x61, 0x35: 0x73, 0x37: 0x74 };
const EDGE_OK = new Set([0x30, 0x31, 0x33]);

const isLat = (cp: number | undefined) => cp !== undefined && ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0xdf && cp <= 0x24f));
const isDig = (cp: number | undefined) => cp !== undefined && cp >= 0x30 && cp <= 0x39;

export function foldLeet(u: Units): void {
  const c = u.cps;
  const n = c.length;
  let i = 0;
  while (i < n) {
    if (!isLat(c[i]) && !isDig(c[i])) { i++; continue; }
    let j = i;
    let letters = 0;
    while (j < n && (isLat(c[j]) || isDig(c[j]))) { if (isLat(c[j])) letters++; j++; }
    if (letters >= 3 && letters < j - i) {
      for (let k = i; k < j; k++) {
        const d = c[k]!;
        if (!isDig(d) || LEET[d] === undefined) continue;
        const prev = k > i ? c[k - 1] : undefined;
        const next = k + 1 < j ? c[k + 1] : undefined;
        const inner = isLat(prev) && isLat(next);
        const edge = EDGE_OK.has(d) && ((k === i && isLat(next) && isLat(c[k + 2])) || (k === j - 1 && isLat(prev) && isLat(c[k - 2])));
        if (inner || edge) c[k] = LEET[d]!;
      }
    }
    i = j;
  }
}
