import type { Benchmark } from '../engine/benchmark';
import { compileRuleSet, type CompiledRule, type CompiledRuleSet } from '../engine/compile';
import { evalContext } from '../engine/context';
import { evaluate } from '../engine/evaluate';
import type { Posting } from '../engine/posting';
import type { Rule } from './schema';

/**
 * Every rule carries texts it must match, texts it must not match, and known gaps (texts it
 * should match but does not yet). The feed build and the test suite run them all, like ESLint's
 * valid/invalid cases: a rule whose examples fail never ships.
 */
export function checkRuleExamples(rules: Rule[], benchmarks: Benchmark[] = []): string[] {
  const set = compileRuleSet(rules, { benchmarks });
  const failures: string[] = [];
  for (const cr of set.rules) {
    const ex = cr.rule.examples;
    ex.match.forEach((e, i) => { if (!ruleFires(set, cr, asPosting(e))) failures.push(`${cr.rule.id}: examples.match[${i}] does not match: ${preview(e)}`); });
    ex.noMatch.forEach((e, i) => { if (ruleFires(set, cr, asPosting(e))) failures.push(`${cr.rule.id}: examples.noMatch[${i}] matches but must not: ${preview(e)}`); });
    (ex.gaps ?? []).forEach((e, i) => {
      if (ruleFires(set, cr, asPosting(e))) failures.push(`${cr.rule.id}: examples.gaps[${i}] now matches; move it to examples.match: ${preview(e)}`);
    });
  }
  return failures;
}

export function asPosting(e: string | Posting): Posting {
  return typeof e === 'string' ? { description: e } : e;
}

/** Whether one compiled rule fires on a posting (the same evaluation screen() does). */
export function ruleFires(set: CompiledRuleSet, cr: CompiledRule, posting: Posting): boolean {
  return evaluate(cr.root, evalContext(posting, set)).ok;
}

function preview(e: string | Posting): string {
  const s = typeof e === 'string' ? e : JSON.stringify(e);
  return JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}...` : s);
}
