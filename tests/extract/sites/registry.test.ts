import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAdapter, SITE_ADAPTERS } from '../../../lib/extract/sites/registry';

const SITES_DIR = path.resolve(__dirname, '../../../lib/extract/sites');
const NOT_ADAPTERS = new Set(['adapter.ts', 'kit.ts', 'registry.ts']);

describe('site adapter registry', () => {
  const ids = SITE_ADAPTERS.map((a) => a.id);

  it('is sorted by id', () => {
    expect(ids, 'keep SITE_ADAPTERS in lib/extract/sites/registry.ts sorted by id').toEqual([...ids].sort());
  });

  it('lists every adapter file, and each id is its file name', () => {
    const files = readdirSync(SITES_DIR).filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f)).map((f) => f.replace(/\.ts$/, ''));
    expect(ids, 'add each lib/extract/sites/<id>.ts to SITE_ADAPTERS, with id equal to the file name').toEqual(files.sort());
  });

  it('has tests for every adapter', () => {
    const tests = readdirSync(__dirname).map((f) => f.replace(/\.test\.ts$/, ''));
    for (const id of ids) expect(tests, `write tests/extract/sites/${id}.test.ts`).toContain(id);
  });

  it('adapters own disjoint addresses', () => {
    const samples = [
      'https://www.bayt.com/en/uae/jobs/', 'https://sfbay.craigslist.org/search/jjj', 'https://www.dubizzle.sa/en/jobs/',
      'https://www.gulftalent.com/uae/jobs/', 'https://www.indeed.com/jobs', 'https://my.jobstreet.com/jobs',
      'https://www.linkedin.com/jobs/search', 'https://www.naukrigulf.com/jobs-in-dubai', 'https://www.olx.com.pk/jobs_c4',
      'https://www.seek.com.au/jobs',
    ];
    for (const s of samples) {
      const url = new URL(s);
      expect(SITE_ADAPTERS.filter((a) => a.matches(url)).map((a) => a.id), s).toHaveLength(1);
    }
    expect(samples.map((s) => findAdapter(new URL(s))?.id)).toEqual(ids);
    expect(findAdapter(new URL('https://example.org/jobs'))).toBeUndefined();
  });
});
