import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadRuleSet } from '../../lib/cli/ruleset';
import { screen } from '../../lib/engine/screen';
import { PostingSchema } from '../../lib/engine/posting';

/**
 * The benign-corpus check, after Sigma's good-log tests: any rule that fires on a legitimate
 * posting of the corpus (every file) must be listed, with a reason, in tests/fixtures/known-false-positives.yaml.
 * A listed pair that no longer fires must be removed, so the list stays true.
 */
const CORPUS = join(__dirname, '../fixtures/corpus');
const KNOWN = join(__dirname, '../fixtures/known-false-positives.yaml');
const Known = z.array(z.strictObject({ posting: z.string(), rule: z.string(), reason: z.string().min(10) }));

function legitPostings() {
  const out: { id: string; posting: z.infer<typeof PostingSchema> }[] = [];
  // Every file of the corpus: development, held-out and tuning sets alike.
  for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.jsonl')).sort()) {
    const p = join(CORPUS, f);
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line);
      if (rec.label === 'legit') out.push({ id: rec.id, posting: PostingSchema.parse({ ...rec, structured: undefined }) });
    }
  }
  return out;
}

describe('benign corpus', () => {
  const legit = legitPostings();
  const known = existsSync(KNOWN) ? Known.parse(parse(readFileSync(KNOWN, 'utf8')) ?? []) : [];
  const { set } = loadRuleSet();

  it('has legitimate postings to check', () => expect(legit.length).toBeGreaterThan(100));

  it('no rule fires on a legitimate posting unless listed with a reason', () => {
    const fired = new Set<string>();
    const unlisted: string[] = [];
    for (const { id, posting } of legit) {
      for (const f of screen(posting, set).findings) {
        const key = `${id} ${f.ruleId}`;
        fired.add(key);
        if (!known.some((k) => k.posting === id && k.rule === f.ruleId)) unlisted.push(`${key}: "${f.evidence[0]?.text ?? f.missing.join(',')}"`);
      }
    }
    const stale = known.filter((k) => !fired.has(`${k.posting} ${k.rule}`)).map((k) => `${k.posting} ${k.rule}`);
    expect(unlisted, 'fix the rule, or list {posting, rule, reason} in tests/fixtures/known-false-positives.yaml').toEqual([]);
    expect(stale, 'these known false positives no longer fire: remove them from tests/fixtures/known-false-positives.yaml').toEqual([]);
  });
});
