import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PostingSchema } from '../../lib/engine/posting';

/**
 * The labelled corpus (tests/fixtures/corpus, described in its README): every record well formed,
 * ids unique across all files, the 19 languages of the rule library, labels balanced per file.
 */
const DIR = join(__dirname, '../fixtures/corpus');
const LANGS = ['en', 'es', 'fr', 'pt', 'ar', 'ru', 'uk', 'ro', 'id', 'tl', 'ne', 'hi', 'bn', 'vi', 'th', 'my', 'km', 'zh', 'am'];
const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl')).sort();
const records = files.flatMap((file) =>
  readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => ({ file, line: i + 1, rec: JSON.parse(line) as Record<string, unknown> })),
);

describe('evaluation corpus', () => {
  it('has the development, held-out and tuning files', () => {
    expect(files).toEqual(expect.arrayContaining(['dev.jsonl', 'holdout.jsonl', 'tune-a.jsonl', 'tune-d.jsonl']));
  });

  it('every record has the documented fields and reads as a posting', () => {
    const bad: string[] = [];
    for (const { file, line, rec } of records) {
      const where = `${file}:${line}`;
      for (const k of ['id', 'lang', 'label', 'split', 'title', 'description', 'origin', 'notes']) {
        if (typeof rec[k] !== 'string' || !(rec[k] as string).trim()) bad.push(`${where}: "${k}" missing`);
      }
      if (!LANGS.includes(rec.lang as string)) bad.push(`${where}: lang "${rec.lang}" is not one of the 19`);
      if (rec.label !== 'risky' && rec.label !== 'legit') bad.push(`${where}: label must be risky or legit`);
      const expectSplit = file === 'dev.jsonl' ? 'dev' : file.startsWith('holdout') ? 'holdout' : 'tune';
      if (rec.split !== expectSplit) bad.push(`${where}: split must be "${expectSplit}" in ${file}`);
      if (!PostingSchema.safeParse(rec).success) bad.push(`${where}: not a valid posting`);
    }
    expect(bad, 'fix the records named (format: tests/fixtures/corpus/README.md)').toEqual([]);
  });

  it('ids are unique across all files', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const { file, rec } of records) {
      const id = rec.id as string;
      if (seen.has(id)) dupes.push(`${id} in ${seen.get(id)} and ${file}`);
      seen.set(id, file);
    }
    expect(dupes, 'give each posting its own id').toEqual([]);
  });

  it('each file is about half risky, and dev + holdout cover all 19 languages', () => {
    for (const file of files) {
      const own = records.filter((r) => r.file === file);
      const risky = own.filter((r) => r.rec.label === 'risky').length;
      expect(Math.abs(risky / own.length - 0.5), `${file}: ${risky} risky of ${own.length}`).toBeLessThan(0.1);
    }
    const covered = new Set(records.filter((r) => r.file === 'dev.jsonl' || r.file === 'holdout.jsonl').map((r) => r.rec.lang));
    expect([...covered].sort()).toEqual([...LANGS].sort());
  });
});
