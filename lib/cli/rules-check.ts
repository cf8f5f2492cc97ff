import { compileRuleSet, RuleCompileError } from '../engine/compile';
import { checkRuleExamples } from '../rules/examples';
import { loadRuleDir } from '../rules/load';
import type { Rule } from '../rules/schema';
import { DEFAULT_RULES, loadBenchmarks } from './ruleset';

/**
 * `npm run rules:check -- [DIR...]`: validates, compiles and runs the examples of the rules under
 * each DIR (default: the whole library), printing every problem with its rule id. Exit 1 on any.
 */
const dirs = process.argv.slice(2);
const rules: Rule[] = [];
const problems: string[] = [];
for (const dir of dirs.length ? dirs : [DEFAULT_RULES]) {
  const loaded = loadRuleDir(dir);
  rules.push(...loaded.rules);
  problems.push(...loaded.errors.map((e) => `${e.file}: ${e.message}`));
}
const benchmarks = loadBenchmarks();
const good: Rule[] = [];
for (const r of rules) {
  try {
    compileRuleSet([r]);
    good.push(r);
  } catch (e) {
    if (e instanceof RuleCompileError) problems.push(e.message); else throw e;
  }
}
problems.push(...checkRuleExamples(good, benchmarks));
for (const p of problems) console.log(p);
console.log(`${rules.length} rules checked, ${problems.length} problem(s)`);
process.exitCode = problems.length ? 1 : 0;
