import type { Feed } from '../feed/schema';
import type { CheckRecord, FeedStore, InstalledFeed } from '../feed/update';
import { db as defaultDb, type RadarDb } from './db';
import { swapFeed } from './install-feed';

/**
 * lib/feed's storage interface on the extension's Dexie tables, for updateSubscription,
 * installBundled and mergeActive. `install` is the same one-transaction swap as installFeed,
 * in the strict form the interface asks for (an equal version is refused too). The feed has
 * passed verifyFeed, which compiled it, so it is not compiled again here.
 */
export function dexieFeedStore(store: () => RadarDb = defaultDb): FeedStore {
  return {
    async getInstalled(subId): Promise<InstalledFeed | undefined> {
      const row = await store().feeds.get(subId);
      return row && { version: row.version, ...(row.etag ? { etag: row.etag } : {}), feedJson: row.json };
    },
    async install(subId: string, feed: Feed, etag: string | undefined, checkedAt: Date): Promise<void> {
      await swapFeed(subId, feed, feed.rules.filter((r) => r.status !== 'deprecated').length, { db: store(), etag, now: checkedAt, strict: true });
    },
    async recordCheck(subId: string, check: CheckRecord): Promise<void> {
      await store().checks.put({ subscriptionId: subId, at: check.at.toISOString(), ok: check.ok, ...(check.code ? { code: check.code } : {}), ...(check.reason ? { reason: check.reason } : {}) });
    },
  };
}
