import { isLetterAt } from './text';

/**
 * Digit runs that could be phone numbers, found by a hand-written scanner (one pass, no regex
 * backtracking): digit groups joined by one to three separators (space, dot, dash, parentheses),
 * so "+63 917 123 4567", "(02) 8722-1144", "0917.123.4567" and "0 9 1 7 1 2 3 4 5 6 7" are one run.
 */

export interface Group {
  start: number;
  end: number;
  digits: string;
  plus: boolean;
  /** Written in parentheses: an area code "(02)" or a trunk "(0)". */
  paren: boolean;
  /** The separator text before this group ("" for the first). */
  sep: string;
}

const isD = (c: number) => c >= 0x30 && c <= 0x39;
// Space, dot, dash (en dash is left out: it writes ranges, not phone numbers).
const isSep = (c: number) => c === 0x20 || c === 0x2e || c === 0x2d;

/** All runs in folded text, each a list of groups. */
export function scanRuns(p: string): Group[][] {
  const runs: Group[][] = [];
  const n = p.length;
  let i = 0;
  while (i < n) {
    const c = p.charCodeAt(i);
    if (!(isD(c) || ((c === 0x2b || c === 0x28) && (isD(p.charCodeAt(i + 1)) || p.charCodeAt(i + 1) === 0x28)))) {
      i++;
      continue;
    }
    const run = readRun(p, i);
    if (run.some((g) => g.digits)) runs.push(run);
    i = Math.max(i + 1, run[run.length - 1]!.end);
  }
  return runs;
}

function readRun(p: string, from: number): Group[] {
  const n = p.length;
  const groups: Group[] = [];
  let j = from;
  let sep = '';
  for (;;) {
    const gStart = j;
    let plus = false;
    let paren = false;
    if (p.charCodeAt(j) === 0x2b) { plus = true; j++; }
    if (p.charCodeAt(j) === 0x28) { paren = true; j++; }
    if (!isD(p.charCodeAt(j))) {
      // "+(" or "(" without a digit: nothing to read, keep what we have.
      if (groups.length) return groups;
      return [{ start: from, end: from + 1, digits: '', plus: false, paren: false, sep: '' }];
    }
    const dStart = j;
    while (j < n && isD(p.charCodeAt(j))) j++;
    const digits = p.slice(dStart, j);
    let closed = false;
    if (paren) {
      if (p.charCodeAt(j) === 0x29) { j++; closed = true; } else paren = false;
    }
    groups.push({ start: gStart, end: j, digits, plus, paren: paren && closed, sep });
    // Separators: at most three characters, one dot and one dash at most.
    let k = j;
    let dots = 0;
    let dashes = 0;
    while (k < n && k - j < 3 && isSep(p.charCodeAt(k))) {
      if (p.charCodeAt(k) === 0x2e) dots++;
      if (p.charCodeAt(k) === 0x2d) dashes++;
      k++;
    }
    // A phone has at most 15 digits: a longer list of groups is no phone, so stop reading (the rest starts a new run).
    if (dots > 1 || dashes > 1 || groups.length >= 24) return groups;
    const c = p.charCodeAt(k);
    const c1 = p.charCodeAt(k + 1);
    const opens = isD(c) || (c === 0x28 && isD(c1)) || (c === 0x2b && isD(c1) && k > j);
    // "(02)8722": no separator is needed after a closing parenthesis or before an opening one.
    if (!opens || (k === j && isD(c) && !closed)) return groups;
    sep = p.slice(j, k);
    j = k;
  }
}

export interface Piece {
  groups: Group[];
  start: number;
  end: number;
  digits: string;
  intl: boolean;
}

/**
 * Splits a run that holds several numbers written one after the other ("0917 123 4567 0918 765
 * 4321", "+971 50 123 4567 +971 55 765 4321") at a group that starts a new number.
 */
export function splitRun(run: Group[]): Piece[] {
  const total = run.reduce((s, g) => s + g.digits.length, 0);
  // "0044 20 7946 0958" is one international number: its "00" prefix makes room for two more digits.
  const room = run[0]!.plus || run[0]!.digits.startsWith('00') ? 17 : 13;
  const out: Piece[] = [];
  let cur: Group[] = [];
  let count = 0;
  for (const g of run) {
    const fresh = count >= 7 && (g.plus || (g.digits[0] === '0' && count >= 9 && total > room && g.sep.includes(' ')));
    if (cur.length && fresh) {
      out.push(piece(cur));
      cur = [];
      count = 0;
    }
    cur.push(g);
    count += g.digits.length;
  }
  if (cur.length) out.push(piece(cur));
  return out;
}

function piece(groups: Group[]): Piece {
  const first = groups[0]!;
  let digits = groups.map((g) => g.digits).join('');
  let intl = first.plus;
  if (!intl && digits.startsWith('00') && digits.length >= 11 && !first.paren) {
    intl = true;
    digits = digits.slice(2);
  }
  if (intl) {
    // "+44 (0)20 …": the bracketed trunk zero is not dialled from abroad.
    const trunk = groups.findIndex((g, i) => i > 0 && g.paren && g.digits === '0');
    if (trunk > 0) digits = groups.filter((_, i) => i !== trunk).map((g) => g.digits).join('').replace(/^00/, '');
  }
  return { groups, start: first.start, end: groups[groups.length - 1]!.end, digits, intl };
}

const YEAR = /^(?:19|20)\d\d$/;

/** Shapes that are dates, year spans, or amount ranges rather than phone numbers. */
export function looksLikeNotPhone(pc: Piece): boolean {
  const g = pc.groups;
  const lens = g.map((x) => x.digits.length);
  if (pc.intl) return false;
  const seps = new Set(g.slice(1).map((x) => x.sep.trim()));
  if (g.length === 3 && seps.size === 1 && (seps.has('.') || seps.has('-'))) {
    if (lens[0] === 4 && lens[1]! <= 2 && lens[2]! <= 2) return true; // 2024-05-12
    if (lens[0]! <= 2 && lens[1]! <= 2 && (lens[2] === 4 || lens[2] === 2)) return true; // 12.05.2024
  }
  if (g.every((x) => YEAR.test(x.digits))) return true; // 2019 2020, 2023-2024
  if (g.length === 2 && lens.every((l) => l >= 3) && g.every((x) => x.digits.endsWith('00'))) return true; // 25000-30000
  return false;
}

/** Letters written onto the number ("ID12345678", "12345678abc") make it a code. */
export function touchesLetters(p: string, pc: Piece): 'before' | 'after' | false {
  if (isLetterAt(p, pc.end) && p[pc.end - 1] !== ')') return 'after';
  const prev = p[pc.start - 1];
  if (isLetterAt(p, pc.start - 1)) return 'before';
  // "ABC-1234567", "12/3456789", "1.000.000,00 1.000": glued onto a code or the tail of another number.
  if ((prev === '-' || prev === '/' || prev === '#' || prev === ',' || prev === '.') && (isLetterAt(p, pc.start - 2) || /\d/.test(p[pc.start - 2] ?? ''))) return 'before';
  if (prev === '#') return 'before';
  return false;
}
