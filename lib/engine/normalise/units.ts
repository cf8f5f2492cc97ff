/**
 * A text being normalised: one code point per unit, each remembering the range of the original
 * text it came from, so that evidence found in the normalised text maps back to the exact
 * characters the user saw.
 */
export interface Units {
  cps: number[];
  starts: number[];
  ends: number[];
}

export function emptyUnits(): Units {
  return { cps: [], starts: [], ends: [] };
}

export function pushUnit(u: Units, cp: number, start: number, end: number): void {
  u.cps.push(cp);
  u.starts.push(start);
  u.ends.push(end);
}

export const SPACE = 0x20;
export const NEWLINE = 0x0a;

export function isLetterCp(cp: number): boolean {
  return LETTER.test(String.fromCodePoint(cp));
}
export function isDigitCp(cp: number): boolean {
  return cp >= 0x30 && cp <= 0x39;
}
const LETTER = /^[\p{L}\p{M}]$/u;
