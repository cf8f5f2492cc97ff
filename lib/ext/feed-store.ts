import type { Feed } from '../feed/schema';
import type { CheckRecord, FeedStore, InstalledFeed } from '../feed/update';
import { db as defaultDb, type FeedRow, type RadarDb } from './db';

/** A concurrent update (or an older bundled copy) lost the race: the installed feed is at least as new. */
export class FeedRollbackError extends Error {
  constructor(readonly subscriptionId: string, readonly installed: number, readonly offered: number) {
    super(`feed ${subscriptionId}: version ${offered} is not newer than installed version ${installed}; kept ${installed}`);
  }
}

/**
 * lib/feed's storage interface on the extension's Dexie tables, for updateSubscription,
 * installBundled and mergeActive. Feeds reach `install` only after verifyFeed accepted them
 * (signature, schema, compiler, examples), so nothing is validated or compiled again here.
 */
export function dexieFeedStore(store: () => RadarDb = defaultDb): FeedStore {
  return {
    async getInstalled(subId): Promise<InstalledFeed | undefined> {
      const row = await store().feeds.get(subId);
      return row && { version: row.version, ...(row.etag ? { etag: row.etag } : {}), feedJson: row.json };
    },
    install: (subId, feed, etag, checkedAt) => swapFeed(store(), subId, feed, etag, checkedAt),
    async recordCheck(subId: string, check: CheckRecord): Promise<void> {
      await store().checks.put({ subscriptionId: subId, at: check.at.toISOString(), ok: check.ok, ...(check.code ? { code: check.code } : {}), ...(check.reason ? { reason: check.reason } : {}) });
    },
  };
}

/**
 * Swaps a subscription's feed row in one transaction that re-reads the installed version inside
 * it, so two overlapping updates can never roll a feed back: the same or an older version throws
 * (the FeedStore contract) and the installed row stays.
 */
async function swapFeed(store: RadarDb, subscriptionId: string, feed: Feed, etag: string | undefined, at: Date): Promise<void> {
  const row: FeedRow = {
    subscriptionId,
    version: feed.version,
    ...(etag ? { etag } : {}),
    publisher: { id: feed.publisher.id, name: feed.publisher.name },
    publishedAt: feed.publishedAt,
    expiresAt: feed.expiresAt,
    fetchedAt: at.toISOString(),
    ruleCount: feed.rules.filter((r) => r.status !== 'deprecated').length,
    json: JSON.stringify(feed),
  };
  await store.transaction('rw', store.feeds, async () => {
    const current = await store.feeds.get(subscriptionId);
    if (current && current.version >= row.version) throw new FeedRollbackError(subscriptionId, current.version, row.version);
    await store.feeds.put(row);
  });
}
