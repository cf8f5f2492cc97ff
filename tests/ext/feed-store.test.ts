import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { RadarDb } from '../../lib/ext/db';
import { dexieFeedStore, FeedRollbackError } from '../../lib/ext/feed-store';
import { compiledFeed, rule, testFeed } from './helpers/feed';

/** lib/feed's FeedStore contract, on the extension's Dexie tables. */
const db = new RadarDb('recruit-radar-test-feed-store');
const store = dexieFeedStore(() => db);
const feedOf = (v: number, rules = [rule('test-passport')]) => compiledFeed(testFeed(v, rules)).feed;
beforeEach(() => Promise.all(db.tables.map((t) => t.clear())));
afterAll(() => db.close());

describe('dexieFeedStore', () => {
  it('installs a verified feed with its ETag and reads it back', async () => {
    const feed = feedOf(3, [rule('a-rule'), rule('b-rule', { status: 'deprecated' })]);
    await store.install('ngo', feed, '"abc"', new Date('2026-02-02T00:00:00Z'));
    const got = await store.getInstalled('ngo');
    expect(got).toMatchObject({ version: 3, etag: '"abc"' });
    expect(JSON.parse(got!.feedJson)).toEqual(feed);
    // What the options page lists without parsing the feed again; deprecated rules are not counted.
    expect(await db.feeds.get('ngo')).toMatchObject({ fetchedAt: '2026-02-02T00:00:00.000Z', ruleCount: 1, publisher: { id: 'test-publisher', name: 'Test publisher' }, expiresAt: feed.expiresAt });
    expect(await store.getInstalled('none')).toBeUndefined();
  });

  it('refuses the same or an older version (a concurrent update won), keeping the installed one', async () => {
    await store.install('ngo', feedOf(5), undefined, new Date());
    for (const v of [5, 4]) await expect(store.install('ngo', feedOf(v), undefined, new Date())).rejects.toBeInstanceOf(FeedRollbackError);
    expect((await store.getInstalled('ngo'))!.version).toBe(5);
    await store.install('ngo', feedOf(6), undefined, new Date());
    expect((await store.getInstalled('ngo'))!.version).toBe(6);
  });

  it('records the last check of each subscription', async () => {
    await store.recordCheck('ngo', { at: new Date('2026-03-01T00:00:00Z'), ok: false, code: 'bad-signature', reason: 'signed with another key' });
    expect(await db.checks.get('ngo')).toEqual({ subscriptionId: 'ngo', at: '2026-03-01T00:00:00.000Z', ok: false, code: 'bad-signature', reason: 'signed with another key' });
    await store.recordCheck('ngo', { at: new Date('2026-03-02T00:00:00Z'), ok: true });
    expect(await db.checks.get('ngo')).toEqual({ subscriptionId: 'ngo', at: '2026-03-02T00:00:00.000Z', ok: true });
  });
});
