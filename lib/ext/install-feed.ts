import type { CompiledRuleSet } from '../engine/index';
import { BASELINE_PRIORITY, BASELINE_SUBSCRIPTION_ID, DEFAULT_PRIORITY } from '../feed/subscription';
import { db as defaultDb, type FeedRow, type RadarDb } from './db';
import { validateFeed, type FeedData } from './feed-data';

export class FeedRollbackError extends Error {
  constructor(readonly subscriptionId: string, readonly installed: number, readonly offered: number) {
    super(`feed ${subscriptionId}: version ${offered} is not newer than installed version ${installed}; kept ${installed}`);
  }
}

export interface InstallResult {
  status: 'installed' | 'unchanged';
  version: number;
  ruleCount: number;
  compiled: CompiledRuleSet;
}

export interface InstallOptions {
  db?: RadarDb;
  now?: Date;
  priority?: number;
  etag?: string;
  /** Refuse the same version too (lib/feed's FeedStore contract); by default it is a no-op. */
  strict?: boolean;
}

/**
 * Swaps a subscription's feed row in one Dexie transaction, re-reading the installed version
 * inside it, so two overlapping updates can never roll a feed back. `feed` must be validated.
 */
export async function swapFeed(subscriptionId: string, feed: FeedData, ruleCount: number, opts: InstallOptions = {}): Promise<'installed' | 'unchanged'> {
  const store = opts.db ?? defaultDb();
  const row: FeedRow = {
    subscriptionId,
    version: feed.version,
    priority: opts.priority ?? (subscriptionId === BASELINE_SUBSCRIPTION_ID ? BASELINE_PRIORITY : DEFAULT_PRIORITY),
    ...(opts.etag ? { etag: opts.etag } : {}),
    publisher: { id: feed.publisher.id, name: feed.publisher.name },
    publishedAt: feed.publishedAt,
    expiresAt: feed.expiresAt,
    fetchedAt: (opts.now ?? new Date()).toISOString(),
    ruleCount,
    json: JSON.stringify(feed),
  };
  return store.transaction('rw', store.feeds, async () => {
    const current = await store.feeds.get(subscriptionId);
    if (current && (current.version > row.version || (opts.strict && current.version === row.version))) {
      throw new FeedRollbackError(subscriptionId, current.version, row.version);
    }
    if (current && current.version === row.version) return 'unchanged' as const;
    await store.feeds.put(row);
    return 'installed' as const;
  });
}

/**
 * The last step every feed goes through (the bundled copy now; remote feeds after lib/feed has
 * verified their signature): validate and compile everything first, then swap the row. On any
 * failure it throws and the last good rules stay. Versions never go back; the same version again
 * is a no-op.
 */
export async function installFeed(subscriptionId: string, feed: unknown, opts: InstallOptions = {}): Promise<InstallResult> {
  const { feed: data, compiled } = validateFeed(feed);
  const status = await swapFeed(subscriptionId, data, compiled.rules.length, opts);
  return { status, version: data.version, ruleCount: compiled.rules.length, compiled };
}
