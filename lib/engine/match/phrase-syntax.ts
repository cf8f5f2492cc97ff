import { LIMITS } from '../../rules/schema';
import { foldWord } from '../normalise/index';
import { tokenize, tokenText } from './tokens';

/**
 * The phrase language of rules, parsed into a small element list. Elements are separated by
 * spaces:
 *   word        a literal word (normalised like the text, so case and accents do not matter)
 *   word*       a word starting with "word" (passport* matches passports)
 *   word?       an optional word
 *   (a|b c|d*)  one of several alternatives, each one or more words; may end in ? (optional).
 *               Inside, a word may be optional (b c?) and a group may hold one more level of
 *               groups ((leave|leaving) the (house|camp)); these expand to plain alternatives,
 *               at most MAX_ALTERNATIVES of them.
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
    if (body.startsWith('(') && body.endsWith(')')) altsSrc = expandGroup(body.slice(1, -1), src);
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

/** Most plain alternatives one group may expand to (each becomes NFA states; MAX_STATES bounds the total). */
export const MAX_ALTERNATIVES = 64;

/**
 * The inside of a top-level group as plain alternatives (word sequences): "|" at this level
 * separates alternatives; an optional word ("c?") or an inner group ("(x|y)", "(x|y)?") expands to
 * every combination. Inner groups may not hold groups.
 */
function expandGroup(inner: string, src: string): string[] {
  const out: string[] = [];
  for (const alt of splitTop(inner, (ch) => ch === '|', src, 1)) {
    let seqs: string[][] = [[]];
    for (const item of splitTop(alt.trim(), (ch) => /\s/.test(ch), src, 1).filter(Boolean)) {
      const optional = item.endsWith('?');
      const core = optional ? item.slice(0, -1) : item;
      let choices: string[];
      if (core.startsWith('(') && core.endsWith(')')) {
        const sub = core.slice(1, -1);
        if (/[()]/.test(sub)) throw new PhraseError(`groups in "${src}" may hold one level of groups, not more`);
        choices = sub.split('|').map((c) => c.trim());
        if (choices.some((c) => !c || /[?{}]/.test(c))) throw new PhraseError(`"${core}" in "${src}": an inner group holds plain words`);
      } else if (/[()|{}?]/.test(core)) {
        throw new PhraseError(`"${item}" in "${src}": inside a group, only words, word?, word* and (a|b)`);
      } else choices = [core];
      if (optional) choices = [...choices, ''];
      seqs = seqs.flatMap((q) => choices.map((c) => (c ? [...q, c] : q)));
      if (seqs.length > MAX_ALTERNATIVES) throw new PhraseError(`a group in "${src}" expands to more than ${MAX_ALTERNATIVES} alternatives`);
    }
    const words = seqs.map((q) => q.join(' ')).filter(Boolean);
    if (!words.length) throw new PhraseError(`an alternative in "${src}" has only optional words`);
    out.push(...words);
    if (out.length > MAX_ALTERNATIVES) throw new PhraseError(`a group in "${src}" expands to more than ${MAX_ALTERNATIVES} alternatives`);
  }
  return [...new Set(out)];
}

/**
 * Splits where `isSep` holds outside parentheses; parentheses may nest `maxDepth` deep. Parts may
 * be empty (callers decide whether that is an error).
 */
function splitTop(s: string, isSep: (ch: string) => boolean, src: string, maxDepth: number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0 || depth > maxDepth) throw new PhraseError(`unbalanced or too deeply nested parentheses in "${src}"`);
    if (depth === 0 && isSep(ch)) { parts.push(cur); cur = ''; } else cur += ch;
  }
  if (depth !== 0) throw new PhraseError(`unbalanced parentheses in "${src}"`);
  parts.push(cur);
  return parts;
}

function splitOutsideParens(s: string): string[] {
  return splitTop(s, (ch) => /\s/.test(ch), s, 2).filter(Boolean);
}
