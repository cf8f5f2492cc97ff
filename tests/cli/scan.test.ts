import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli';

const ex = (f: string) => join(ROOT, 'assets/examples', f);
const fx = (f: string) => join(ROOT, 'tests/fixtures/cli', f);
const lines = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('scan: outputs', () => {
  it('--json prints one object per posting with the documented fields', () => {
    const r = runCli('scan.ts', ['--json', ex('postings.json'), ex('postings.jsonl')]);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['gulf-housemaid', 'licensed-caregiver', 'es-trabajo-extranjero', 'tl-taiwan-factory', 'en-warehouse-uk']);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(expect.arrayContaining(['id', 'level', 'score', 'findings', 'questions']));
      for (const f of o.findings) {
        expect(f).toMatchObject({ ruleId: expect.any(String), strength: expect.stringMatching(/strong|medium|weak/) });
        expect(f.sources.length).toBeGreaterThan(0);
        expect(f.evidence.every((e: unknown) => typeof e === 'string')).toBe(true);
      }
    }
    const maid = out[0];
    expect(maid.level).toBe('high');
    expect(maid.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('passport-retention');
    expect(maid.findings.flatMap((f: { evidence: string[] }) => f.evidence).join(' ')).toContain('Processing fee PHP 15,000');
    expect(out.find((o) => o.id === 'en-warehouse-uk').level).toMatch(/none|low/);
  });

  it('evidence spans point at the quoted text of the field', () => {
    const r = runCli('scan.ts', ['--json', ex('postings.json')]);
    const posting = JSON.parse(require('node:fs').readFileSync(ex('postings.json'), 'utf8'))[0];
    for (const f of lines(r.stdout)[0].findings) {
      f.evidenceSpans.forEach((s: { field: string; start: number; end: number }, i: number) => {
        expect(posting[s.field].slice(s.start, s.end)).toBe(f.evidence[i]);
      });
    }
  });

  it('the readable report quotes evidence, says why, what to do, the source, and questions', () => {
    const r = runCli('scan.ts', [ex('postings.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Risk: HIGH/);
    expect(r.stdout).toMatch(/Found in description: "[^"]*passport will be kept by[^"]*"/);
    expect(r.stdout).toMatch(/Why it matters: /);
    expect(r.stdout).toMatch(/What to do: /);
    expect(r.stdout).toMatch(/Source: International Labour Organization/);
    expect(r.stdout).toMatch(/Ask the recruiter:\n\s+- /);
    expect(r.stdout).toMatch(/Scanned 3 posting\(s\)/);
  });

  it('reads every input format: .csv (also EMSCAD headers), .html, .txt and stdin', () => {
    const csv = lines(runCli('scan.ts', ['--json', ex('postings.csv')]).stdout);
    expect(csv.map((o) => o.id)).toEqual(['csv-1', 'csv-2']);
    const emscad = lines(runCli('scan.ts', ['--json', fx('emscad.csv')]).stdout);
    expect(emscad.map((o) => o.id)).toEqual(['1', '2']);
    expect(emscad[1].level).not.toBe('none');
    const html = lines(runCli('scan.ts', ['--json', ex('agency-page.html')]).stdout);
    expect(html).toHaveLength(1);
    expect(html[0].level).toBe('high');
    const txt = lines(runCli('scan.ts', ['--json', ex('telegram-message.txt')]).stdout);
    expect(txt[0].id).toMatch(/telegram-message\.txt$/);
    const stdin = runCli('scan.ts', ['--json', '-'], 'Pay the processing fee of 5000 PHP first. Passport will be kept by the agency.');
    expect(stdin.code).toBe(0);
    expect(lines(stdin.stdout)[0].level).not.toBe('none');
  });
});

describe('scan: bad input', () => {
  it('names the file and line of each bad record, exits 2, and still scans the rest', () => {
    const r = runCli('scan.ts', ['--json', fx('bad.jsonl')]);
    expect(r.code).toBe(2);
    expect(lines(r.stdout).map((o) => o.id)).toEqual(['ok-1', 'ok-2']);
    expect(r.stderr).toMatch(/bad\.jsonl:2: not valid JSON/);
    expect(r.stderr).toMatch(/bad\.jsonl:4: expected an object/);
    expect(r.stderr).toMatch(/bad\.jsonl:5: title: /);
  });

  it('unknown extension, empty file, missing file: each named; other inputs still scanned', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-scan-'));
    writeFileSync(join(dir, 'empty.json'), '');
    writeFileSync(join(dir, 'notes.docx'), 'x');
    const r = runCli('scan.ts', ['--json', join(dir, 'empty.json'), join(dir, 'notes.docx'), join(dir, 'missing.jsonl'), ex('postings.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/empty\.json: the file is empty/);
    expect(r.stderr).toMatch(/notes\.docx: unknown file type "\.docx"/);
    expect(r.stderr).toMatch(/missing\.jsonl: no such file/);
    expect(lines(r.stdout)).toHaveLength(2);
  });

  it('stops quietly when the reader closes the pipe ("scan ... | head")', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx lib/cli/scan.ts --json assets/examples/postings.jsonl assets/examples/postings.jsonl | head -c 10`], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout.length).toBe(10);
    expect(r.stderr, 'a closed pipe must not print a stack trace').not.toMatch(/EPIPE|Error/);
  });

  it('malformed JSON file and bad usage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-scan-'));
    writeFileSync(join(dir, 'broken.json'), '[{"title": "x"},');
    const r = runCli('scan.ts', [join(dir, 'broken.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json: not valid JSON/);
    expect(runCli('scan.ts', []).code).toBe(2);
    expect(runCli('scan.ts', ['--bogus', 'x.json']).stderr).toMatch(/unknown option --bogus/);
  });
});
