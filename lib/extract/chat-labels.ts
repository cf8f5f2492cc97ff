import { CHAT_WORDS, NOT_PHONE_WORDS, PHONE_WORDS, type ChatKind } from './contact-words';
import { prep, wordsPattern } from './text';

/** Compiled matchers for the contact word lists; used on short windows around a number or handle. */

export interface Label {
  kind: ChatKind;
  /** An everyday word too ("line", "wa"): counts only right next to what it labels. */
  short: boolean;
}

const LABELS = new Map<string, Label>();
for (const c of CHAT_WORDS) {
  for (const w of c.words) LABELS.set(key(w), { kind: c.kind, short: false });
  for (const w of c.short ?? []) LABELS.set(key(w), { kind: c.kind, short: true });
}

function key(s: string): string {
  return prep(s).trim().replace(/[\s\-_]+/g, ' ');
}

const ALL_LABELS = CHAT_WORDS.flatMap((c) => [...c.words, ...(c.short ?? [])]);
export const LABEL_SOURCE = wordsPattern(ALL_LABELS);

/** A fresh global matcher (callers reset lastIndex through exec loops on small windows). */
export const labelRe = () => new RegExp(LABEL_SOURCE, 'gu');
export const PHONE_WORD_RE = new RegExp(wordsPattern(PHONE_WORDS), 'gu');
export const NOT_PHONE_RE = new RegExp(wordsPattern(NOT_PHONE_WORDS), 'gu');

export function labelOf(matched: string): Label | undefined {
  return LABELS.get(key(matched));
}

export interface Found {
  start: number;
  end: number;
  text: string;
}

/** Every match of a global regex in a short string. */
export function allMatches(re: RegExp, s: string): Found[] {
  const out: Found[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
