import { installBundled, mergeActive, type ActiveFeeds, type BundledFeed } from '../../feed/update';
import { db as defaultDb, type RadarDb } from '../db';
import { dexieFeedStore } from '../feed-store';
import { ensureBaseline, listSubscriptions } from '../subscriptions';

/**
 * The background's view of the rule set. Once per worker start the copy bundled with this build
 * goes through lib/feed's installBundled (verifyFeed, signature included, like any remote feed);
 * then every enabled subscription's installed feed is merged by priority and compiled
 * (mergeActive), and kept in memory until a feed changes. A worker restart rebuilds it from Dexie.
 * Nothing here ever deletes a feed: an installed feed stays until a verified newer one replaces it.
 */
export class RulesStore {
  private bundledDone?: Promise<void>;
  private cache?: Promise<ActiveFeeds>;

  constructor(
    private bundled: BundledFeed,
    private store: () => RadarDb = defaultDb,
    private now: () => Date = () => new Date(),
  ) {}

  /** Pins the bundled key on the baseline subscription and installs the bundled copy if newer. Never throws. */
  ensureBundled(): Promise<void> {
    this.bundledDone ??= (async () => {
      await ensureBaseline(this.store(), this.bundled.publicKey, this.now());
      const outcome = await installBundled(this.bundled, { store: dexieFeedStore(this.store), now: this.now });
      if (outcome.kind === 'installed') this.invalidate();
      // A refused bundled copy means a broken build; the rules already on the device stay in use.
      if (outcome.kind === 'failed') console.error(`[Recruit Radar] the bundled rules were refused (${outcome.code}): ${outcome.reason}`);
    })().catch((e: unknown) => console.error('[Recruit Radar] could not install the bundled rules:', e));
    return this.bundledDone;
  }

  /** The merged, compiled rule set: built once per worker start or feed change (compiling is the costly part). */
  async active(): Promise<ActiveFeeds> {
    await this.ensureBundled(); // first, so the install's cache reset cannot drop what is built below
    if (!this.cache) {
      const building = listSubscriptions(this.store()).then((subs) => mergeActive(dexieFeedStore(this.store), subs, this.now()));
      this.cache = building;
      building.catch(() => {
        if (this.cache === building) this.cache = undefined; // retry next time rather than cache a failure
      });
    }
    return this.cache;
  }

  /** A feed was installed or removed: the next request merges and compiles again. */
  invalidate(): void {
    this.cache = undefined;
  }
}
