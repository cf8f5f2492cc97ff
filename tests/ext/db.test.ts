import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearAllData } from '../../lib/ext/background/handlers';
import { MAX_HISTORY_ROWS, recordHistory } from '../../lib/ext/background/history';
import { RadarDb } from '../../lib/ext/db';
import { dexieFeedStore } from '../../lib/ext/feed-store';
import { saveSettings, loadSettings } from '../../lib/ext/settings';
import { BASELINE_SUBSCRIPTION_ID } from '../../lib/feed/subscription';
import { compiledFeed, testFeed } from './helpers/feed';

const db = new RadarDb('recruit-radar-test-db');
beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(db.tables.map((t) => t.clear())); // fake-indexeddb keeps data between tests
});
afterAll(() => db.close());

describe('database upgrade', () => {
  it('keeps the feeds a version-1 database holds when the subscription tables are added', async () => {
    const name = 'recruit-radar-test-upgrade';
    const v1 = new Dexie(name);
    v1.version(1).stores({ feeds: 'subscriptionId', checks: 'subscriptionId', history: '++id, date, url' });
    await v1.table('feeds').put({ subscriptionId: BASELINE_SUBSCRIPTION_ID, version: 7, priority: 0, json: '{}' });
    v1.close();
    const v2 = new RadarDb(name);
    expect((await v2.feeds.get(BASELINE_SUBSCRIPTION_ID))!.version).toBe(7);
    expect(await v2.subscriptions.count()).toBe(0);
    expect(await v2.schedule.count()).toBe(0);
    v2.close();
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
    await dexieFeedStore(() => db).install('bundled', compiledFeed(testFeed(1)).feed, undefined, new Date());
    await recordHistory(db, [{ url: 'x', title: 't', level: 'low' }]);
    await saveSettings({ history: true, discreet: true });
    await clearAllData(db);
    expect(await db.history.count()).toBe(0);
    expect(await loadSettings()).toMatchObject({ history: false, discreet: false });
    expect(await db.feeds.count()).toBe(1);
  });
});
