import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BenchmarkSchema } from '../../lib/engine/benchmark';
import { checkDuplicates } from '../../lib/feed/checks/envelope';
import { FeedSchema, PublisherSchema, ResourceSchema } from '../../lib/feed/schema';

/** The feed's own data files (assets/feed) are checked like code. */
const load = (file: string): unknown => parse(readFileSync(file, 'utf8'), { uniqueKeys: true });
const resources = load('assets/feed/resources.yaml') as unknown[];
const benchmarks = load('assets/feed/benchmarks.yaml') as unknown[];

describe('assets/feed', () => {
  it('publisher.yaml is the baseline publisher', () => {
    expect(PublisherSchema.parse(load('assets/feed/publisher.yaml'))).toEqual({ id: 'recruit-radar-baseline', name: 'Recruit Radar baseline' });
  });

  it.each(resources.map((r, i) => [i, r]))('resources.yaml item %i is a valid resource', (_i, row) => {
    const parsed = ResourceSchema.safeParse(row);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  });

  it.each(benchmarks.map((b, i) => [i, b]))('benchmarks.yaml item %i is a valid benchmark', (_i, row) => {
    const parsed = BenchmarkSchema.safeParse(row);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  });

  it('together they form a valid feed without duplicate keys', () => {
    const feed = FeedSchema.parse({
      format: 1, version: 1, publishedAt: '2026-07-01T00:00:00Z', expiresAt: '2026-08-01T00:00:00Z',
      publisher: load('assets/feed/publisher.yaml'), rules: [], resources, benchmarks,
    });
    expect(checkDuplicates(feed)).toBeNull();
  });

  it('ships no row that shared/guide/resources.md marks unverified', () => {
    const rows = resources as { country: string; organisation: string; kind: string; source: { url: string } }[];
    const benches = benchmarks as { country: string; amount: number }[];
    expect(rows.filter((r) => r.organisation.includes('Department of Foreign Employment'))).toEqual([]); // Nepal DoFE: no line found
    expect(rows.filter((r) => r.country === 'MM')).toEqual([]); // Myanmar: no help line found
    expect(rows.filter((r) => r.kind === 'licence-register' && ['NP', 'BD', 'MY'].includes(r.country))).toEqual([]); // registers not found
    expect(benches.filter((b) => b.country === 'VN' && b.amount >= 3_700_000)).toEqual([]); // the 2026 draft rates
    expect(benches.filter((b) => b.country === 'UA' && b.amount !== 8_000)).toEqual([]); // the 2026 draft figure
    for (const r of rows) expect(r.source.url).toMatch(/^https?:\/\//);
  });
});
