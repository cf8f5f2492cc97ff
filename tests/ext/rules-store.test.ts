import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { RulesStore } from '../../lib/ext/background/rules-store';
import { RadarDb } from '../../lib/ext/db';
import { dexieFeedStore } from '../../lib/ext/feed-store';
import { generateKeyPair } from '../../lib/feed/minisign';
import { BASELINE_SUBSCRIPTION_ID } from '../../lib/feed/subscription';
import { compiledFeed, rule, signedFeed, testFeed, TEST_PUBLIC_KEY } from './helpers/feed';

const db = new RadarDb('recruit-radar-test-rules-store');
const NOW = new Date('2026-06-01T00:00:00Z');
const store = (bundle: ReturnType<typeof signedFeed>) => new RulesStore(bundle, () => db, () => NOW);
const ids = async (s: RulesStore) => (await s.active()).merged.rules.map((r) => r.id);
beforeEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterAll(() => db.close());

describe('RulesStore: the bundled copy goes through installBundled (signature included)', () => {
  it('pins the bundled key on the baseline subscription, installs the copy and serves the compiled rules', async () => {
    const s = store(signedFeed(testFeed(3)));
    const active = await s.active();
    expect(active.feeds).toMatchObject([{ subscriptionId: BASELINE_SUBSCRIPTION_ID, version: 3, expired: false }]);
    expect(active.compiled.rules.map((r) => r.rule.id)).toEqual(['test-passport']);
    expect(await db.subscriptions.get(BASELINE_SUBSCRIPTION_ID)).toMatchObject({ publicKey: TEST_PUBLIC_KEY.trim(), priority: 0, enabled: true });
    expect(await db.subscriptions.get(BASELINE_SUBSCRIPTION_ID)).not.toHaveProperty('url');
  });

  it('refuses a bundled copy altered after signing, and keeps the rules already installed', async () => {
    await store(signedFeed(testFeed(1))).active();
    const good = signedFeed(testFeed(2, [rule('new-rule')]));
    const tampered = { ...good, body: good.body.replace('new-rule', 'new-ruIe') };
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await ids(store(tampered))).toEqual(['test-passport']);
    expect(String(error.mock.calls[0]?.[0])).toMatch(/bundled rules were refused \(bad-signature\)/);
    expect((await db.checks.get(BASELINE_SUBSCRIPTION_ID))?.code).toBe('bad-signature');
  });

  it('keeps a newer installed baseline when the package carries an older copy (downgrade)', async () => {
    await store(signedFeed(testFeed(5, [rule('newer-rule')]))).active();
    expect(await ids(store(signedFeed(testFeed(4))))).toEqual(['newer-rule']);
  });

  it('re-pins the key of each build (a build without a release key signs with a throwaway one)', async () => {
    await store(signedFeed(testFeed(1))).active();
    const addedAt = (await db.subscriptions.get(BASELINE_SUBSCRIPTION_ID))!.addedAt;
    const next = signedFeed(testFeed(2), generateKeyPair());
    expect((await store(next).active()).feeds[0]!.version).toBe(2);
    expect(await db.subscriptions.get(BASELINE_SUBSCRIPTION_ID)).toMatchObject({ publicKey: next.publicKey.trim(), addedAt });
  });
});

describe('RulesStore: several feeds', () => {
  it('merges every subscription by priority: an added feed outranks the baseline for the same rule id', async () => {
    const s = store(signedFeed(testFeed(1, [rule('a-rule'), rule('b-rule')])));
    await s.active();
    await db.subscriptions.put({ id: 'ngo', url: 'https://ngo.example/feed.json', publicKey: TEST_PUBLIC_KEY, priority: 10, enabled: true, addedAt: NOW.toISOString() });
    const ngo = { ...testFeed(9, [rule('b-rule', { strength: 'weak' }), rule('c-rule')]), publisher: { id: 'ngo', name: 'An NGO' } };
    await dexieFeedStore(() => db).install('ngo', compiledFeed(ngo).feed, undefined, NOW);
    expect(await ids(s)).toEqual(['a-rule', 'b-rule']); // cached until told
    s.invalidate();
    const active = await s.active();
    expect(active.merged.rules.map((r) => r.id)).toEqual(['a-rule', 'b-rule', 'c-rule']);
    expect(active.merged.rules.find((r) => r.id === 'b-rule')!.strength).toBe('weak');
    expect(active.merged.shadowed).toEqual([{ ruleId: 'b-rule', publisher: 'test-publisher', by: 'ngo' }]);
    expect(active.feeds.map((f) => f.subscriptionId)).toEqual(['ngo', BASELINE_SUBSCRIPTION_ID]);
  });

  it('ignores a subscription row damaged on disk instead of trusting it', async () => {
    const s = store(signedFeed(testFeed(1)));
    await s.active();
    await db.subscriptions.put({ id: 'bad', url: 'http://evil.example/feed.json', publicKey: 'nope', priority: 10, enabled: true, addedAt: NOW.toISOString() });
    await dexieFeedStore(() => db).install('bad', compiledFeed({ ...testFeed(9, [rule('evil-rule')]), publisher: { id: 'bad', name: 'Bad' } }).feed, undefined, NOW);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    s.invalidate();
    expect(await ids(s)).toEqual(['test-passport']);
  });
});
