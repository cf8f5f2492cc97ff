import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearAllData } from '../../lib/ext/background/handlers';
import { MAX_HISTORY_ROWS, recordHistory } from '../../lib/ext/background/history';
import { RulesStore } from '../../lib/ext/background/rules-store';
import { RadarDb } from '../../lib/ext/db';
import { FeedInvalidError } from '../../lib/ext/feed-data';
import { FeedRollbackError, installFeed } from '../../lib/ext/install-feed';
import { mergeFeeds } from '../../lib/ext/merge-feeds';
import { saveSettings, loadSettings } from '../../lib/ext/settings';
import { BASELINE_SUBSCRIPTION_ID } from '../../lib/feed/subscription';
import { rule, testFeed } from './helpers/feed';

const db = new RadarDb('recruit-radar-test-db');
beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(db.tables.map((t) => t.clear())); // fake-indexeddb keeps data between tests
});
afterAll(() => db.close());

describe('installFeed', () => {
  it('validates, compiles and stores a feed', async () => {
    const r = await installFeed('bundled', testFeed(5), { db, now: new Date('2026-02-01T00:00:00Z') });
    expect(r).toMatchObject({ status: 'installed', version: 5, ruleCount: 1 });
    const row = await db.feeds.get('bundled');
    expect(row).toMatchObject({ version: 5, ruleCount: 1, fetchedAt: '2026-02-01T00:00:00.000Z', publisher: { id: 'test-publisher', name: 'Test publisher' } });
    expect(JSON.parse(row!.json).rules[0].id).toBe('test-passport');
  });

  it('treats the same version as a no-op and never goes back to an older one', async () => {
    await installFeed('s', testFeed(5), { db });
    expect((await installFeed('s', testFeed(5), { db })).status).toBe('unchanged');
    await expect(installFeed('s', testFeed(4), { db })).rejects.toBeInstanceOf(FeedRollbackError);
    expect((await db.feeds.get('s'))!.version).toBe(5);
    expect((await installFeed('s', testFeed(6), { db })).status).toBe('installed');
  });

  it('rejects a feed with one invalid rule entirely and keeps the last good one', async () => {
    await installFeed('s', testFeed(1), { db });
    const bad = testFeed(2, [rule('good-rule'), { ...rule('bad-rule'), strength: 'extreme' as never }]);
    await expect(installFeed('s', bad, { db })).rejects.toThrow(/rules\.1\.strength/);
    expect((await db.feeds.get('s'))!.version).toBe(1);
  });

  it('rejects unknown formats, malformed envelopes and rules that do not compile', async () => {
    await expect(installFeed('s', { ...testFeed(1), format: 2 }, { db })).rejects.toBeInstanceOf(FeedInvalidError);
    await expect(installFeed('s', 'not a feed', { db })).rejects.toBeInstanceOf(FeedInvalidError);
    const dup = testFeed(1, [rule('same-id'), rule('same-id')]);
    await expect(installFeed('s', dup, { db })).rejects.toThrow(/same-id/);
    expect(await db.feeds.count()).toBe(0);
  });
});

describe('mergeFeeds', () => {
  it("uses lib/feed's priority merge: a subscription outranks the baseline for the same rule id", async () => {
    await installFeed(BASELINE_SUBSCRIPTION_ID, testFeed(1, [rule('a-rule'), rule('b-rule')]), { db });
    const ngo = { ...testFeed(9, [rule('b-rule', { strength: 'weak' }), rule('c-rule')]), publisher: { id: 'ngo', name: 'An NGO' } };
    await installFeed('ngo', ngo, { db });
    expect((await db.feeds.get(BASELINE_SUBSCRIPTION_ID))!.priority).toBeLessThan((await db.feeds.get('ngo'))!.priority);
    const merged = mergeFeeds(await db.feeds.toArray())!;
    expect(merged.data.rules.map((r) => r.id)).toEqual(['a-rule', 'b-rule', 'c-rule']);
    expect(merged.data.rules.find((r) => r.id === 'b-rule')!.strength).toBe('weak');
    expect(merged.feeds.map((f) => f.subscriptionId)).toEqual(['ngo', BASELINE_SUBSCRIPTION_ID]);
    expect(merged.data.resources).toHaveLength(2); // the same rows in both feeds are not repeated
    expect(mergeFeeds([])).toBeUndefined();
  });
});

describe('RulesStore', () => {
  it('installs the bundled feed once and serves the merged rules', async () => {
    const store = new RulesStore(testFeed(3), () => db);
    const active = await store.active();
    expect(active!.data.version).toBe(3);
    expect(active!.feeds[0]!.subscriptionId).toBe(BASELINE_SUBSCRIPTION_ID);
    await store.install('ngo', { ...testFeed(1, [rule('extra-rule')]), publisher: { id: 'ngo', name: 'An NGO' } });
    expect((await store.active())!.data.rules.map((r) => r.id)).toEqual(['extra-rule', 'test-passport']);
  });

  it('keeps working with the stored rules when the bundled copy is broken', async () => {
    await installFeed(BASELINE_SUBSCRIPTION_ID, testFeed(1), { db });
    const store = new RulesStore({ broken: true }, () => db);
    const errors: unknown[] = [];
    const orig = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    try {
      expect((await store.active())!.data.version).toBe(1);
    } finally {
      console.error = orig;
    }
    expect(errors).toHaveLength(1);
  });
});

describe('history', () => {
  it('adds checked postings and updates a posting seen again', async () => {
    await recordHistory(db, [{ url: 'https://a.example/1', title: 'Driver', level: 'low' }], new Date('2026-01-01T00:00:00Z'));
    await recordHistory(db, [{ url: 'https://a.example/1', title: 'Driver', level: 'high' }, { url: 'https://a.example/2', title: 'Cook', level: 'none' }], new Date('2026-01-02T00:00:00Z'));
    const rows = await db.history.orderBy('url').toArray();
    expect(rows.map((r) => [r.url, r.level, r.date.slice(0, 10)])).toEqual([['https://a.example/1', 'high', '2026-01-02'], ['https://a.example/2', 'none', '2026-01-02']]);
  });

  it('drops the oldest rows beyond the cap', async () => {
    await db.history.bulkAdd(Array.from({ length: MAX_HISTORY_ROWS }, (_, i) => ({ url: `u${i}`, title: 't', level: 'none' as const, date: new Date(Date.UTC(2020, 0, 1, 0, 0, i)).toISOString() })));
    await recordHistory(db, [{ url: 'new', title: 'n', level: 'low' }]);
    expect(await db.history.count()).toBe(MAX_HISTORY_ROWS);
    expect(await db.history.where('url').equals('u0').count()).toBe(0);
  });

  it('"clear all data" deletes history and settings but keeps the rules', async () => {
    await installFeed('bundled', testFeed(1), { db });
    await recordHistory(db, [{ url: 'x', title: 't', level: 'low' }]);
    await saveSettings({ history: true, discreet: true });
    await clearAllData(db);
    expect(await db.history.count()).toBe(0);
    expect(await loadSettings()).toMatchObject({ history: false, discreet: false });
    expect(await db.feeds.count()).toBe(1);
  });
});
