import { db as defaultDb, type RadarDb } from '../db';
import { FeedRollbackError, installFeed, type InstallResult } from '../install-feed';
import { BUNDLED_SUBSCRIPTION, mergeFeeds, type ActiveRules } from '../merge-feeds';

/**
 * The background's view of the rule set: the bundled feed is (re)installed once per worker start
 * through the same installFeed as any remote feed, and the merged rules are cached in memory
 * until a feed is installed. A worker restart just rebuilds the cache from Dexie.
 */
export class RulesStore {
  private bundledDone?: Promise<void>;
  private cache?: Promise<ActiveRules | undefined>;

  constructor(
    private bundled: unknown,
    private store: () => RadarDb = defaultDb,
  ) {}

  /** Installs the shipped feed if it is newer than what this device has. Never throws. */
  ensureBundled(): Promise<void> {
    this.bundledDone ??= installFeed(BUNDLED_SUBSCRIPTION, this.bundled, { db: this.store() }).then(
      (r) => {
        if (r.status === 'installed') this.cache = undefined;
      },
      (e) => {
        // An older bundled copy than the stored one (extension downgraded) is expected; keep the newer.
        if (!(e instanceof FeedRollbackError)) console.error('[Recruit Radar] bundled rules rejected:', e);
      },
    );
    return this.bundledDone;
  }

  async active(): Promise<ActiveRules | undefined> {
    await this.ensureBundled();
    this.cache ??= this.store()
      .feeds.toArray()
      .then(mergeFeeds)
      .catch((e) => {
        this.cache = undefined;
        throw e;
      });
    return this.cache;
  }

  /** For feed subscriptions (lib/feed): install a verified feed and serve it from now on. */
  async install(subscriptionId: string, feed: unknown): Promise<InstallResult> {
    const r = await installFeed(subscriptionId, feed, { db: this.store() });
    this.cache = undefined;
    return r;
  }
}
