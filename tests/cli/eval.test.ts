import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli';

describe('eval', () => {
  it('stops quietly when the reader closes the pipe ("eval ... | head")', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx lib/cli/eval.ts --json tests/fixtures/corpus/dev.jsonl | head -c 10`], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
    expect(r.stdout.length).toBe(10);
    expect(r.stderr, 'a closed pipe must not print a stack trace').not.toMatch(/EPIPE|Error/);
  });

  const dir = mkdtempSync(join(tmpdir(), 'rr-eval-'));
  const file = join(dir, 'labelled.jsonl');
  writeFileSync(
    file,
    [
      { id: 'a', lang: 'en', split: 'dev', label: 'risky', description: 'Processing fee PHP 15,000 to be paid before departure. Your passport will be kept by the employer.' },
      { id: 'b', lang: 'en', split: 'dev', label: 'legit', company: 'Acme Ltd', description: 'Cook wanted in Leeds. Apply at https://acme.example.co.uk' },
      { id: 'c', lang: 'es', split: 'holdout', label: 'risky', description: 'Trabajo fácil en casa, escríbenos.' },
      { id: 'd', lang: 'es', split: 'holdout', label: 'legit', company: 'Hotel Sol SA', description: 'Camarero en Madrid. Contrato indefinido.' },
    ].map((o) => JSON.stringify(o)).join('\n'),
  );

  it('gives the confusion matrix, precision, recall and F1 per threshold, per group, and per rule', () => {
    const r = runCli('eval.ts', ['--json', file]);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout);
    expect(rep.all.postings).toBe(4);
    expect(rep.all.risky).toBe(2);
    expect(rep.all.thresholds.medium).toMatchObject({ tp: 1, fn: 1, fp: 0, tn: 2, precision: 1, recall: 0.5 });
    expect(rep.all.thresholds.medium.f1).toBeCloseTo(2 / 3);
    expect(Object.keys(rep)).toEqual(expect.arrayContaining(['split=dev', 'split=holdout', 'lang=en', 'lang=es']));
    expect(rep.all.rules['passport-retention']).toMatchObject({ risky: 1, legit: 0, precision: 1 });
  });

  it('reads EMSCAD labels (fraudulent 1/0) and writes a Markdown report', () => {
    const r = runCli('eval.ts', [join(ROOT, 'tests/fixtures/cli/emscad.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Evaluation of \d+ rules/);
    expect(r.stdout).toMatch(/\| all \| 2 \| 1 \| medium\+ \|/);
    expect(r.stdout).toMatch(/## Per rule/);
  });

  it('--label names the label field', () => {
    const f2 = join(dir, 'custom.jsonl');
    writeFileSync(f2, `${JSON.stringify({ id: 'x', verdict: 'scam', description: 'Pay the registration fee of 50 USD first.' })}\n`);
    const rep = JSON.parse(runCli('eval.ts', ['--json', '--label', 'verdict', f2]).stdout);
    expect(rep.all.risky).toBe(1);
  });

  it('--errors lists the postings wrong at a threshold, with the rules that fired and the notes', () => {
    const f3 = join(dir, 'errors.jsonl');
    writeFileSync(
      f3,
      [
        { id: 'hit', label: 'risky', description: 'Processing fee PHP 15,000 to be paid before departure. Your passport will be kept by the employer.' },
        { id: 'missed', label: 'risky', notes: 'vague offer', description: 'Trabajo fácil en casa, escríbenos.' },
        { id: 'clean', label: 'legit', company: 'Hotel Sol SA', description: 'Camarero en Madrid. Contrato indefinido.' },
      ].map((o) => JSON.stringify(o)).join('\n'),
    );
    const text = runCli('eval.ts', ['--errors', 'medium', f3]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/## Wrong at medium\+ \(1\)/);
    expect(text.stdout).toMatch(/^MISS missed (none|low) \d+ \| .* :: vague offer$/m);
    expect(text.stdout).not.toMatch(/MISS hit|clean/);
    const rep = JSON.parse(runCli('eval.ts', ['--json', '--errors', 'medium', f3]).stdout);
    expect(rep.errors).toEqual([expect.objectContaining({ id: 'missed', kind: 'miss', notes: 'vague offer' })]);
    expect(runCli('eval.ts', ['--errors', 'severe', f3]).code).toBe(2);
  });
});
