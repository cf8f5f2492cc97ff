import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildBundledModule, bundledFeedPlugin } from '../../lib/ext/build/bundled-feed-plugin';
import { formatSecretKeyFile, generateKeyPair } from '../../lib/feed/minisign';
import { installBundled, type FeedStore, type InstalledFeed } from '../../lib/feed/update';
import { rule } from './helpers/feed';

/** The signed bundled feed made at build time (lib/ext/build/bundled-feed-plugin.ts). */
function project(rules: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'rr-bundle-'));
  const files: Record<string, unknown> = {
    'assets/feed/publisher.yaml': { id: 'recruit-radar-baseline', name: 'Recruit Radar baseline' },
    'assets/feed/resources.yaml': [{ country: 'PH', organisation: 'X', purpose: 'Y', kind: 'helpline', phone: ['1'], source: { url: 'https://e.org', kind: 'news' }, checked: '2026-06' }],
    'assets/feed/benchmarks.yaml': [],
    ...Object.fromEntries(Object.entries(rules).map(([id, r]) => [`assets/rules/test/${id}.yaml`, r])),
  };
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), typeof data === 'string' ? data : stringify(data));
  }
  return root;
}

class MemoryStore implements FeedStore {
  rows = new Map<string, InstalledFeed>();
  getInstalled = async (id: string) => this.rows.get(id);
  install = async (id: string, feed: { version: number }) => void this.rows.set(id, { version: feed.version, feedJson: JSON.stringify(feed) });
  recordCheck = async () => undefined;
}

const EPOCH = { SOURCE_DATE_EPOCH: '1780000000' };

describe('bundled feed, signed at build time', () => {
  it('builds feed.json, its signature and the public key, which installBundled (verifyFeed) accepts', async () => {
    const m = await buildBundledModule(project({ 'one-rule': rule('one-rule') }), EPOCH);
    expect(JSON.parse(m.body)).toMatchObject({ format: 1, version: 1780000000, publisher: { id: 'recruit-radar-baseline' }, rules: [{ id: 'one-rule' }] });
    expect(m.signature).toMatch(/^untrusted comment: .*\n[A-Za-z0-9+/=]+\ntrusted comment: timestamp:1780000000\tfile:feed.json\thashed\n/);
    expect(m.publicKey).toMatch(/^untrusted comment: minisign public key [0-9A-F]+\nRW/);
    const store = new MemoryStore();
    expect(await installBundled(m, { store, now: () => new Date('2026-06-01T00:00:00Z') })).toMatchObject({ kind: 'installed', version: 1780000000 });
    // One byte changed after signing is refused by the same check a remote feed goes through.
    const tampered = { ...m, body: m.body.replace('one-rule', 'one-rulf') };
    expect(await installBundled(tampered, { store: new MemoryStore(), now: () => new Date() })).toMatchObject({ kind: 'failed', code: 'bad-signature' });
  });

  it('signs with RR_BUNDLE_KEY reproducibly, and with a throwaway key per build otherwise', async () => {
    const root = project({ 'one-rule': rule('one-rule') });
    const env = { ...EPOCH, RR_BUNDLE_KEY: formatSecretKeyFile(generateKeyPair()) };
    expect(await buildBundledModule(root, env)).toEqual(await buildBundledModule(root, env));
    const [a, b] = [await buildBundledModule(root, EPOCH), await buildBundledModule(root, EPOCH)];
    expect(a.body).toBe(b.body);
    expect(a.publicKey).not.toBe(b.publicKey);
  });

  it('fails the build naming the file of a rule that is invalid or fails its own examples', async () => {
    await expect(buildBundledModule(project({ broken: { ...rule('broken'), strength: 'extreme' } }), EPOCH)).rejects.toThrow(/assets\/rules\/test\/broken\.yaml: .*strength/);
    const wrongExample = rule('wrong-example', { examples: { match: ['nothing like the phrase'], noMatch: ['bring your passport'] } });
    await expect(buildBundledModule(project({ 'wrong-example': wrongExample }), EPOCH)).rejects.toThrow(/wrong-example\.yaml: the bundled feed fails verification \(examples\)/);
  });

  it('serves the signed feed as the virtual module, once per build, watching the rule files', async () => {
    const plugin = bundledFeedPlugin({ root: project({ 'one-rule': rule('one-rule') }), env: EPOCH }) as unknown as {
      resolveId(id: string): string | undefined;
      load(this: unknown, id: string): Promise<string | undefined>;
      watchChange(): void;
    };
    const id = plugin.resolveId('virtual:bundled-feed')!;
    expect(plugin.resolveId('other')).toBeUndefined();
    const watched: string[] = [];
    const ctx = { addWatchFile: (f: string) => watched.push(f) };
    const code = (await plugin.load.call(ctx, id))!;
    // Compact JSON (Firefox's linter will not parse a background script over 5 MB).
    expect(code).toMatch(/^export default \{"body":"\{\\"format\\":1,/);
    expect(await plugin.load.call(ctx, id)).toBe(code);
    expect(await plugin.load.call(ctx, 'other')).toBeUndefined();
    expect(watched.some((f) => f.endsWith('one-rule.yaml'))).toBe(true);
    expect(watched.some((f) => f.endsWith('resources.yaml'))).toBe(true);
  });

  it("the project's own rules build, sign and verify", async () => {
    const m = await buildBundledModule(process.cwd(), EPOCH);
    expect(await installBundled(m, { store: new MemoryStore(), now: () => new Date() })).toMatchObject({ kind: 'installed' });
  });
});
