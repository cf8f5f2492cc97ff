import type { CompiledRuleSet } from '../../engine/index';
import { db as defaultDb, type RadarDb } from '../db';
import { compileFeedData } from '../feed-data';
import { FeedRollbackError, installFeed, type InstallResult } from '../install-feed';
import { BASELINE_SUBSCRIPTION_ID } from '../../feed/subscription';
import { mergeFeeds, type ActiveRules } from '../merge-feeds';

/**
 * The background's view of the rule set: the bundled feed is (re)installed once per worker start
 * through the same installFeed as any remote feed, and the merged rules are cached in memory
 * until a feed is installed. A worker restart just rebuilds the cache from Dexie.
 */
export class RulesStore {
  private bundledDone?: Promise<void>;
  private cache?: Promise<ActiveRules | undefined>;
  private compiledCache?: Promise<{ active: ActiveRules; compiled: CompiledRuleSet } | undefined>;

  constructor(
    private bundled: unknown,
    private store: () => RadarDb = defaultDb,
  ) {}

  /** Installs the shipped feed if it is newer than what this device has. Never throws. */
  ensureBundled(): Promise<void> {
    this.bundledDone ??= installFeed(BASELINE_SUBSCRIPTION_ID, this.bundled, { db: this.store() }).then(
      (r) => {
        if (r.status === 'installed') this.cache = this.compiledCache = undefined;
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

  /** The active rules compiled, once per worker start or feed change (compiling is the costly part). */
  async compiled(): Promise<{ active: ActiveRules; compiled: CompiledRuleSet } | undefined> {
    await this.ensureBundled(); // first, so the install's cache reset cannot drop what is built below
    this.compiledCache ??= this.active().then(
      (active) => (active ? { active, compiled: compileFeedData(active.data) } : undefined),
      (e) => {
        this.compiledCache = undefined;
        throw e;
      },
    );
    return this.compiledCache;
  }

  /** For feed subscriptions (lib/feed): install a verified feed and serve it from now on. */
  async install(subscriptionId: string, feed: unknown): Promise<InstallResult> {
    const r = await installFeed(subscriptionId, feed, { db: this.store() });
    this.cache = this.compiledCache = undefined;
    return r;
  }
}
