import type { Element, TokenTest } from './phrase-syntax';
import { PhraseError } from './phrase-syntax';
import { LIMITS } from '../../rules/schema';

/**
 * A phrase compiled to a Thompson NFA over tokens. It is simulated as a set of states, one token
 * at a time, so a match from one start costs at most (phrase span × states): the time is linear
 * in the text whatever the phrase, unlike a backtracking regular expression.
 */
export interface Nfa {
  tests: TokenTest[]; // per test state
  /** closure[k]: the test states (and ACCEPT = -1) reached after test state k matches; closure[start]: the first ones. */
  closure: number[][];
  start: number;
  maxSpan: number;
}

export const ACCEPT = -1;
export const MAX_STATES = 300;

type Node = { test?: TokenTest; next: number[] };

export function buildNfa(elements: Element[], src: string): Nfa {
  const nodes: Node[] = [];
  const add = (test?: TokenTest): number => {
    if (nodes.length >= MAX_STATES) throw new PhraseError(`phrase "${src}" is too complex`);
    nodes.push({ test, next: [] });
    return nodes.length - 1;
  };
  const start = add();
  let tails = [start];
  let maxSpan = 0;
  const link = (from: number[], to: number) => from.forEach((f) => nodes[f]!.next.push(to));
  for (const el of elements) {
    if (el.kind === 'gap') {
      for (let k = 0; k < el.max; k++) {
        const s = add({ any: true });
        link(tails, s);
        tails = k < el.min ? [s] : [...tails, s];
      }
      // gaps are "up to max": a tail before the optional any-steps may skip them
      maxSpan += el.max;
      continue;
    }
    const entry = add();
    link(tails, entry);
    const ends: number[] = [];
    let longest = 0;
    for (const alt of el.alts) {
      let prev = entry;
      for (const t of alt) {
        const s = add(t);
        nodes[prev]!.next.push(s);
        prev = s;
      }
      ends.push(prev);
      longest = Math.max(longest, alt.length);
    }
    maxSpan += longest;
    tails = el.optional ? [...ends, entry] : ends;
  }
  if (maxSpan > LIMITS.phraseSpan) throw new PhraseError(`phrase "${src}" can span ${maxSpan} words; at most ${LIMITS.phraseSpan}`);
  const accept = add();
  link(tails, accept);
  return finish(nodes, start, accept, maxSpan);
}

function finish(nodes: Node[], start: number, accept: number, maxSpan: number): Nfa {
  // Renumber: only test states matter at run time; empty states are folded into closures.
  const testIds = new Map<number, number>();
  nodes.forEach((n, i) => { if (n.test) testIds.set(i, testIds.size); });
  const closureOf = (i: number): number[] => {
    const seen = new Set<number>();
    const out: number[] = [];
    const stack = [i];
    while (stack.length) {
      const s = stack.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      if (s === accept) out.push(ACCEPT);
      else if (nodes[s]!.test && s !== i) out.push(testIds.get(s)!);
      else stack.push(...nodes[s]!.next);
    }
    return out;
  };
  const tests: TokenTest[] = [];
  const closure: number[][] = [];
  nodes.forEach((n) => { if (n.test) tests.push(n.test); });
  nodes.forEach((n, i) => {
    if (!n.test) return;
    const id = testIds.get(i)!;
    const after: number[] = [];
    for (const nx of n.next) {
      if (nx === accept) after.push(ACCEPT);
      else if (nodes[nx]!.test) after.push(testIds.get(nx)!);
      else after.push(...closureOf(nx));
    }
    closure[id] = [...new Set(after)];
  });
  closure[tests.length] = closureOf(start);
  return { tests, closure, start: tests.length, maxSpan };
}
