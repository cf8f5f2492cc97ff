import { LIMITS } from '../../rules/schema';
import { foldWord } from '../normalise/index';
import { tokenize, tokenText } from './tokens';

/**
 * The phrase language of rules, parsed into a small element list. Elements are separated by
 * spaces:
 *   word        a literal word (normalised like the text, so case and accents do not matter)
 *   word*       a word starting with "word" (passport* matches passports)
 *   word?       an optional word
 *   (a|b c|d*)  one of several alternatives, each one or more words; may end in ? (optional)
 *   *           any one word
 *   {m,n} {n}   a gap of m to n words (n at most LIMITS.gapMax)
 * A literal in a script written without spaces (Thai, Chinese, ...) becomes one token per
 * character, so "ค่าสมัคร" matches inside unspaced text. There is no other syntax: no regular
 * expressions, nothing that can make matching slower than linear.
 */
export type TokenTest = { exact: string } | { prefix: string } | { any: true };
export type Element =
  | { kind: 'seq'; alts: TokenTest[][]; optional: boolean }
  | { kind: 'gap'; min: number; max: number };

export class PhraseError extends Error {}

export function parsePhrase(src: string): Element[] {
  const parts = splitOutsideParens(src.trim());
  if (parts.length === 0) throw new PhraseError(`empty phrase`);
  if (parts.length > LIMITS.phraseElements) throw new PhraseError(`phrase "${src}" has ${parts.length} elements; at most ${LIMITS.phraseElements}`);
  const out: Element[] = [];
  for (const part of parts) {
    const gap = /^\{(\d{1,3})(?:,(\d{1,3}))?\}$/.exec(part);
    if (gap) {
      const min = Number(gap[1]);
      const max = gap[2] === undefined ? min : Number(gap[2]);
      if (max < min || max > LIMITS.gapMax) throw new PhraseError(`gap ${part} in "${src}": need min <= max <= ${LIMITS.gapMax}`);
      out.push({ kind: 'gap', min, max });
      continue;
    }
    if (part === '*') { out.push({ kind: 'gap', min: 1, max: 1 }); continue; }
    let body = part;
    let optional = false;
    if (body.endsWith('?')) { optional = true; body = body.slice(0, -1); }
    let altsSrc: string[];
    if (body.startsWith('(') && body.endsWith(')')) altsSrc = body.slice(1, -1).split('|');
    else if (/[()|{}?]/.test(body)) throw new PhraseError(`"${part}" in "${src}": parentheses, | , ? and braces only as (a|b), word? and {m,n}`);
    else altsSrc = [body];
    const alts = altsSrc.map((a) => literal(a, src));
    out.push({ kind: 'seq', alts, optional });
  }
  if (out[0]?.kind === 'gap' || out[out.length - 1]?.kind === 'gap') throw new PhraseError(`phrase "${src}" may not start or end with a gap or *`);
  if (out.every((e) => e.kind === 'seq' && e.optional)) throw new PhraseError(`phrase "${src}" has only optional words`);
  return out;
}

function literal(words: string, src: string): TokenTest[] {
  const trimmed = words.trim();
  if (!trimmed) throw new PhraseError(`empty alternative in "${src}"`);
  const tests: TokenTest[] = [];
  for (const w of trimmed.split(/\s+/)) {
    const prefix = w.endsWith('*');
    const bare = prefix ? w.slice(0, -1) : w;
    if (bare.includes('*')) throw new PhraseError(`"${w}" in "${src}": * only at the end of a word`);
    const toks = tokenize(foldWord(bare));
    if (toks.count === 0) throw new PhraseError(`"${w}" in "${src}" has no letters or digits`);
    for (let k = 0; k < toks.count; k++) {
      const text = tokenText(toks, k);
      const last = k === toks.count - 1;
      tests.push(prefix && last ? { prefix: text } : { exact: text });
    }
  }
  return tests;
}

function splitOutsideParens(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0 || depth > 1) throw new PhraseError(`unbalanced or nested parentheses in "${s}"`);
    if (/\s/.test(ch) && depth === 0) { if (cur) parts.push(cur); cur = ''; } else cur += ch;
  }
  if (depth !== 0) throw new PhraseError(`unbalanced parentheses in "${s}"`);
  if (cur) parts.push(cur);
  return parts;
}
