import { LIMITS, type Match, type Rule, type Unless } from '../rules/schema';
import type { Benchmark } from './benchmark';
import { PhraseIndex } from './match/phrase-index';
import { PhraseError } from './match/phrase-syntax';

/**
 * Rules compiled once into a tree of matcher nodes over one shared phrase index. Everything a
 * feed can say compiles into these node types; there is no other way for a rule to run.
 */
export type Node =
  | { t: 'phrases'; ids: number[]; unless?: CompiledUnless }
  | { t: 'near'; a: Node; b: Node; within: number; ordered: boolean; sameSentence: boolean; unless?: CompiledUnless }
  | { t: 'all' | 'any'; of: Node[] }
  | { t: 'not'; of: Node }
  | { t: 'atLeast'; n: number; of: Node[] }
  | { t: 'pred'; p: Exclude<Match, { phrases: unknown } | { near: unknown } | { all: unknown } | { any: unknown } | { not: unknown } | { atLeast: unknown }> };

export interface CompiledUnless {
  ids: number[];
  before: number;
  after: number;
}

export interface CompiledRule {
  rule: Rule;
  root: Node;
}

export interface CompiledRuleSet {
  rules: CompiledRule[];
  index: PhraseIndex;
  benchmarks: Benchmark[];
  feedVersion?: number;
}

export class RuleCompileError extends Error {
  constructor(readonly ruleId: string, message: string) {
    super(`rule ${ruleId}: ${message}`);
  }
}

/**
 * Compiles a rule set. By default the first bad rule throws (a feed is accepted whole or not at
 * all); with `onError`, a bad rule is skipped and reported (the CLI keeps screening with the rest).
 */
export function compileRuleSet(
  rules: Rule[],
  opts: { benchmarks?: Benchmark[]; feedVersion?: number; onError?: (e: RuleCompileError) => void } = {},
): CompiledRuleSet {
  const index = new PhraseIndex();
  const seen = new Set<string>();
  const compiled: CompiledRule[] = [];
  for (const rule of rules) {
    if (seen.has(rule.id)) throw new RuleCompileError(rule.id, 'duplicate rule id');
    seen.add(rule.id);
    if (rule.status === 'deprecated') continue;
    try {
      compiled.push({ rule, root: compileNode(rule.match, index, 0) });
    } catch (e) {
      if (!(e instanceof PhraseError || e instanceof RangeError)) throw e;
      const err = new RuleCompileError(rule.id, e.message);
      if (!opts.onError) throw err;
      opts.onError(err);
    }
  }
  return { rules: compiled, index, benchmarks: opts.benchmarks ?? [], feedVersion: opts.feedVersion };
}

function phraseIds(index: PhraseIndex, map: Record<string, string[]>): number[] {
  const ids: number[] = [];
  for (const list of Object.values(map)) for (const p of list) ids.push(index.add(p));
  return [...new Set(ids)];
}

function compileNode(m: Match, index: PhraseIndex, depth: number): Node {
  if (depth > LIMITS.depth) throw new RangeError(`match nested deeper than ${LIMITS.depth}`);
  const d = depth + 1;
  const unless = (u: Unless | undefined): CompiledUnless | undefined =>
    u && { ids: phraseIds(index, u.phrases), before: u.before ?? 3, after: u.after ?? 0 };
  if ('phrases' in m) {
    const node: Node = { t: 'phrases', ids: phraseIds(index, m.phrases) };
    const u = unless(m.unless);
    if (u) node.unless = u;
    return node;
  }
  if ('near' in m) {
    const node: Node = { t: 'near', a: compileNode(m.near[0], index, d), b: compileNode(m.near[1], index, d), within: m.within, ordered: m.ordered ?? false, sameSentence: m.sameSentence ?? false };
    const u = unless(m.unless);
    if (u) node.unless = u;
    return node;
  }
  if ('all' in m) return { t: 'all', of: m.all.map((x) => compileNode(x, index, d)) };
  if ('any' in m) return { t: 'any', of: m.any.map((x) => compileNode(x, index, d)) };
  if ('not' in m) return { t: 'not', of: compileNode(m.not, index, d) };
  if ('atLeast' in m) {
    if (m.atLeast > m.of.length) throw new RangeError(`atLeast ${m.atLeast} of only ${m.of.length}`);
    return { t: 'atLeast', n: m.atLeast, of: m.of.map((x) => compileNode(x, index, d)) };
  }
  return { t: 'pred', p: m };
}
