import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildBundledFeed, BUNDLED_PUBLISHER } from '../../lib/ext/build/bundled-feed';
import { bundledFeedPlugin } from '../../lib/ext/build/bundled-feed-plugin';
import { validateFeed } from '../../lib/ext/feed-data';
import { rule } from './helpers/feed';

function project(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'rr-feed-'));
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), typeof data === 'string' ? data : stringify(data));
  }
  return root;
}

describe('bundled feed (build time)', () => {
  it('reads one rule per file, resources and benchmarks into a feed envelope', () => {
    const root = project({
      'assets/rules/a/one-rule.yaml': rule('one-rule'),
      'assets/rules/b/two-rule.yaml': rule('two-rule'),
      'assets/rules/README.md': 'not a rule',
      'assets/feed/resources.yaml': [{ country: 'PH', organisation: 'X', purpose: 'Y', kind: 'helpline', phone: ['1'], source: { url: 'https://e.org', kind: 'news' }, checked: '2026-06' }],
    });
    const { feed, files } = buildBundledFeed({ root, now: new Date('2026-03-01T00:00:00Z') });
    expect(feed).toMatchObject({ format: 1, version: 1772323200, publishedAt: '2026-03-01T00:00:00.000Z', publisher: BUNDLED_PUBLISHER, benchmarks: [] });
    expect((feed.rules as { id: string }[]).map((r) => r.id)).toEqual(['one-rule', 'two-rule']);
    expect(feed.resources).toHaveLength(1);
    expect(Date.parse(feed.expiresAt as string)).toBeGreaterThan(Date.parse(feed.publishedAt as string));
    expect(files.some((f) => f.endsWith('resources.yaml'))).toBe(true);
    expect(validateFeed(feed).compiled.rules).toHaveLength(2);
  });

  it('fails the build naming the file of an invalid rule', () => {
    const root = project({ 'assets/rules/x/broken.yaml': { ...rule('broken'), strength: 'extreme' } });
    expect(() => buildBundledFeed({ root })).toThrow(/assets\/rules\/x\/broken\.yaml: strength/);
    const root2 = project({ 'assets/rules/x/bad.yaml': 'id: [unclosed' });
    expect(() => buildBundledFeed({ root: root2 })).toThrow(/bad\.yaml: not valid YAML/);
  });

  it('is reproducible with SOURCE_DATE_EPOCH', () => {
    const root = project({ 'assets/rules/a/one-rule.yaml': rule('one-rule') });
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    try {
      expect(buildBundledFeed({ root }).feed.version).toBe(1700000000);
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
  });

  it('the project\'s own rules build and pass validation', () => {
    const { feed } = buildBundledFeed({ root: process.cwd() });
    expect(validateFeed(feed).feed.rules.length).toBeGreaterThan(0);
  });

  it('serves the feed as the virtual module', () => {
    const root = project({ 'assets/rules/a/one-rule.yaml': rule('one-rule') });
    const plugin = bundledFeedPlugin({ root }) as unknown as { resolveId: (id: string) => string | undefined; load: (this: unknown, id: string) => string | undefined };
    const id = plugin.resolveId('virtual:bundled-feed')!;
    expect(plugin.resolveId('other')).toBeUndefined();
    const watched: string[] = [];
    const code = plugin.load.call({ addWatchFile: (f: string) => watched.push(f) }, id)!;
    expect(code).toMatch(/^export default \{"format":1,/);
    expect(watched.some((f) => f.endsWith('one-rule.yaml'))).toBe(true);
  });
});
