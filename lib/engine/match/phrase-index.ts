import { ACCEPT, buildNfa, MAX_STATES, type Nfa } from './nfa';
import { parsePhrase, type Element, type TokenTest } from './phrase-syntax';
import { tokenText, type Tokens } from './tokens';

/** A phrase occurrence: tokens [a, b). */
export interface Span {
  a: number;
  b: number;
}

const MAX_HITS_PER_PHRASE = 64;

/**
 * All phrases of a rule set, indexed by the tokens they can start with. One pass over the text's
 * tokens looks each token up (exactly, and by its prefixes for word* phrases) and runs only the
 * phrases that can start there. Work per token is bounded by the rule set, never by the text.
 */
export class PhraseIndex {
  private nfas: Nfa[] = [];
  private sources: string[] = [];
  private exact = new Map<string, number[]>();
  private prefix = new Map<string, number[]>();
  private longestPrefix = 0;
  private ids = new Map<string, number>();
  /** Per phrase, the exact words it cannot match without: a phrase whose word is absent is skipped. */
  private required: string[][] = [];

  /** Adds a phrase (or finds it again) and returns its id; throws PhraseError on bad syntax. */
  add(src: string): number {
    const known = this.ids.get(src);
    if (known !== undefined) return known;
    const elements = parsePhrase(src);
    const nfa = buildNfa(elements, src);
    const id = this.nfas.length;
    this.nfas.push(nfa);
    this.required.push(requiredWords(elements));
    this.sources.push(src);
    this.ids.set(src, id);
    for (const s of nfa.closure[nfa.start]!) {
      const t = nfa.tests[s]!;
      if ('exact' in t) push(this.exact, t.exact, id);
      else if ('prefix' in t) { push(this.prefix, t.prefix, id); this.longestPrefix = Math.max(this.longestPrefix, t.prefix.length); }
    }
    return id;
  }

  get size(): number {
    return this.nfas.length;
  }

  source(id: number): string {
    return this.sources[id]!;
  }

  /**
   * Per-phrase marks for scan, stamped with a number that never repeats (as in runFrom), so a
   * scan allocates no per-phrase Set and never walks all 23,000 phrases: the required-word check
   * runs only for phrases that can start at some token, once per scan.
   */
  private checkedAt = new Float64Array(0);
  private allowed = new Uint8Array(0);
  private triedAt = new Float64Array(0);
  private stamp = 0;

  /** Every phrase's occurrences in the text (at most MAX_HITS_PER_PHRASE each, the first ones). */
  scan(toks: Tokens): Map<number, Span[]> {
    const n = this.nfas.length;
    if (this.checkedAt.length < n) {
      this.checkedAt = new Float64Array(n);
      this.allowed = new Uint8Array(n);
      this.triedAt = new Float64Array(n);
    }
    const hits = new Map<number, Span[]>();
    // Each token's text once, not once per phrase step.
    const words: string[] = new Array(toks.count);
    for (let k = 0; k < toks.count; k++) words[k] = tokenText(toks, k);
    // Prefilter: phrases needing a word the text does not contain never run.
    const present = new Set(words);
    const scanStamp = ++this.stamp;
    for (let p = 0; p < toks.count; p++) {
      const word = words[p]!;
      const startStamp = ++this.stamp;
      this.runAt(this.exact.get(word), p, words, toks, present, scanStamp, startStamp, hits);
      if (this.prefix.size > 0) {
        const max = Math.min(word.length, this.longestPrefix);
        for (let k = 1; k <= max; k++) this.runAt(this.prefix.get(word.slice(0, k)), p, words, toks, present, scanStamp, startStamp, hits);
      }
    }
    return hits;
  }

  private runAt(ids: number[] | undefined, p: number, words: string[], toks: Tokens, present: Set<string>, scanStamp: number, startStamp: number, hits: Map<number, Span[]>): void {
    if (!ids) return;
    for (const id of ids) {
      if (this.triedAt[id] === startStamp) continue;
      this.triedAt[id] = startStamp;
      if (this.checkedAt[id] !== scanStamp) {
        this.checkedAt[id] = scanStamp;
        this.allowed[id] = this.required[id]!.every((w) => present.has(w)) ? 1 : 0;
      }
      if (!this.allowed[id]) continue;
      const list = hits.get(id);
      if (list && list.length >= MAX_HITS_PER_PHRASE) continue;
      const end = runFrom(this.nfas[id]!, words, p, toks.lines);
      if (end < 0) continue;
      if (list) list.push({ a: p, b: end }); else hits.set(id, [{ a: p, b: end }]);
    }
  }
}

function requiredWords(elements: Element[]): string[] {
  const out: string[] = [];
  for (const el of elements) {
    if (el.kind !== 'seq' || el.optional || el.alts.length !== 1) continue;
    for (const t of el.alts[0]!) if ('exact' in t) out.push(t.exact);
  }
  return out;
}

function push(m: Map<string, number[]>, k: string, id: number) {
  const l = m.get(k);
  if (l) { if (!l.includes(id)) l.push(id); } else m.set(k, [id]);
}

function passes(t: TokenTest, word: string): boolean {
  if ('exact' in t) return word === t.exact;
  if ('prefix' in t) return word.startsWith(t.prefix);
  return true;
}

/**
 * "Already added" marks for runFrom, one per test state, shared by every NFA: a run never starts
 * another run, so one array serves them all (one per NFA cost 22,000 typed arrays). Each step
 * stamps with a number that never repeats (Float64 stays exact to 2^53), so nothing is cleared.
 */
const seen = new Float64Array(MAX_STATES);
let stampCounter = 0;

/** Longest match of the NFA starting at token p; returns the end token (exclusive) or -1. */
export function runFrom(nfa: Nfa, words: readonly string[], p: number, lines?: Int32Array): number {
  let cur = nfa.closure[nfa.start]!;
  let best = -1;
  let next: number[] = [];
  const line = lines?.[p];
  for (let t = p; t < words.length && cur.length > 0; t++) {
    // A phrase never runs on past a line break: "Visa\nFee" is two lines of a list, not "visa fee".
    if (lines && lines[t] !== line) break;
    const word = words[t]!;
    const stamp = ++stampCounter;
    next = [];
    let accepted = false;
    for (const s of cur) {
      if (s === ACCEPT || !passes(nfa.tests[s]!, word)) continue;
      for (const x of nfa.closure[s]!) {
        if (x === ACCEPT) { accepted = true; continue; }
        if (seen[x] === stamp) continue;
        seen[x] = stamp;
        next.push(x);
      }
    }
    if (accepted) best = t + 1;
    cur = next;
  }
  return best;
}
