import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { RadarDb } from '../../lib/ext/db';
import { validateFeed } from '../../lib/ext/feed-data';
import { dexieFeedStore } from '../../lib/ext/feed-store';
import { installFeed } from '../../lib/ext/install-feed';
import { testFeed } from './helpers/feed';

/** lib/feed's FeedStore contract, on the extension's Dexie tables. */
const db = new RadarDb('recruit-radar-test-feed-store');
const store = dexieFeedStore(() => db);
beforeEach(() => Promise.all(db.tables.map((t) => t.clear())));
afterAll(() => db.close());

describe('dexieFeedStore', () => {
  it('installs a verified feed with its ETag and reads it back', async () => {
    const { feed } = validateFeed(testFeed(3));
    await store.install('ngo', feed, '"abc"', new Date('2026-02-02T00:00:00Z'));
    const got = await store.getInstalled('ngo');
    expect(got).toMatchObject({ version: 3, etag: '"abc"' });
    expect(JSON.parse(got!.feedJson)).toEqual(feed);
    expect((await db.feeds.get('ngo'))!.fetchedAt).toBe('2026-02-02T00:00:00.000Z');
    expect(await store.getInstalled('none')).toBeUndefined();
  });

  it('refuses the same or an older version (a concurrent update won), keeping the installed one', async () => {
    await installFeed('ngo', testFeed(5), { db });
    for (const v of [5, 4]) await expect(store.install('ngo', validateFeed(testFeed(v)).feed, undefined, new Date())).rejects.toThrow(/not newer/);
    expect((await store.getInstalled('ngo'))!.version).toBe(5);
  });

  it('records the last check of each subscription', async () => {
    await store.recordCheck('ngo', { at: new Date('2026-03-01T00:00:00Z'), ok: false, code: 'bad-signature', reason: 'signed with another key' });
    await store.recordCheck('ngo', { at: new Date('2026-03-02T00:00:00Z'), ok: true });
    expect(await db.checks.get('ngo')).toEqual({ subscriptionId: 'ngo', at: '2026-03-02T00:00:00.000Z', ok: true });
  });
});
