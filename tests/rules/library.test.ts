import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRuleSet } from '../../lib/engine/compile';
import { checkRuleExamples } from '../../lib/rules/examples';
import { loadRuleDir } from '../../lib/rules/load';
import { DEFAULT_BENCHMARKS, loadBenchmarks } from '../../lib/cli/ruleset';

/**
 * The bundled rule library: every file loads, ids equal file names, the folder is the rule's
 * dimension (or "mitigating"/"questions" for those kinds), it compiles, and every example passes.
 */
const DIR = join(__dirname, '../../assets/rules');
const loaded = loadRuleDir(DIR);

describe('rule library', () => {
  it('every rule file loads and validates', () => {
    expect(loaded.errors.map((e) => `${e.file}: ${e.message}`), 'fix the rule files named here (see README "Writing a rule")').toEqual([]);
    expect(loaded.rules.length).toBeGreaterThan(0);
  });

  it('each rule lives in the folder of its dimension (or mitigating/, questions/, notices/) and is named by its id', () => {
    const wrong = loaded.rules
      .map((r) => ({ r, file: loaded.files.get(r.id)! }))
      .filter(({ r, file }) => {
        const folder = basename(dirname(file));
        const expected = { mitigator: 'mitigating', question: 'questions', notice: 'notices', indicator: r.dimension }[r.kind];
        return folder !== expected || basename(file).replace(/\.ya?ml$/, '') !== r.id;
      })
      .map(({ r, file }) => `${file} (id ${r.id}, ${r.kind}, ${r.dimension})`);
    expect(wrong, 'move each file to assets/rules/<dimension>/<id>.yaml (mitigators in mitigating/, questions in questions/, notices in notices/)').toEqual([]);
  });

  it('compiles', () => {
    expect(() => compileRuleSet(loaded.rules)).not.toThrow();
  });

  it('every rule passes its own examples (match, noMatch, gaps)', () => {
    const failures = checkRuleExamples(loaded.rules, loadBenchmarks(DEFAULT_BENCHMARKS));
    expect(failures, 'fix the rule (or its examples) so each example behaves as declared').toEqual([]);
  });
});
