import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { BenchmarkSchema, type Benchmark } from '../engine/benchmark';
import { compileRuleSet, type CompiledRuleSet } from '../engine/compile';
import { loadRuleDir } from '../rules/load';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_RULES = resolve(ROOT, 'assets/rules');
export const DEFAULT_BENCHMARKS = resolve(ROOT, 'assets/feed/benchmarks.yaml');

/**
 * The rule set the CLI screens with: the YAML rules under a directory (the bundled library by
 * default) and the pay benchmarks. A broken rule file is skipped with its reason, never silently.
 */
export function loadRuleSet(dir = DEFAULT_RULES, benchmarksFile = DEFAULT_BENCHMARKS): { set: CompiledRuleSet; warnings: string[] } {
  const { rules, errors } = loadRuleDir(dir);
  const warnings = errors.map((e) => `rule file ${e.file} skipped: ${e.message}`);
  let benchmarks: Benchmark[] = [];
  try {
    benchmarks = loadBenchmarks(benchmarksFile);
  } catch (e) {
    warnings.push(`${benchmarksFile}: benchmarks not used: ${(e as Error).message}`);
  }
  const set = compileRuleSet(rules, { benchmarks, onError: (e) => warnings.push(`${e.message}; rule skipped`) });
  return { set, warnings };
}

/** The pay benchmarks YAML (a list of BenchmarkSchema rows); none if the file is absent, throws if invalid. */
export function loadBenchmarks(file = DEFAULT_BENCHMARKS): Benchmark[] {
  if (!existsSync(file)) return [];
  const parsed = z.array(BenchmarkSchema).safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'invalid benchmarks');
  return parsed.data;
}
