import type { CompiledRuleSet } from '../engine/index';
import { db as defaultDb, type FeedRow, type RadarDb } from './db';
import { validateFeed } from './feed-data';

export class FeedRollbackError extends Error {
  constructor(readonly subscriptionId: string, readonly installed: number, readonly offered: number) {
    super(`feed ${subscriptionId}: version ${offered} is older than installed version ${installed}; kept ${installed}`);
  }
}

export interface InstallResult {
  status: 'installed' | 'unchanged';
  version: number;
  ruleCount: number;
  compiled: CompiledRuleSet;
}

/**
 * The single ingest step every feed goes through (the bundled copy now, remote feeds after their
 * signature is verified): validate and compile everything first, then swap the subscription's row
 * in one Dexie transaction. On any failure it throws and the last good rules stay in place.
 * Versions never go back (architecture.md: no rollback); the same version again is a no-op.
 */
export async function installFeed(
  subscriptionId: string,
  feed: unknown,
  opts: { db?: RadarDb; now?: Date } = {},
): Promise<InstallResult> {
  const store = opts.db ?? defaultDb();
  const { feed: data, compiled } = validateFeed(feed);
  const row: FeedRow = {
    subscriptionId,
    version: data.version,
    publisher: data.publisher,
    publishedAt: data.publishedAt,
    expiresAt: data.expiresAt,
    fetchedAt: (opts.now ?? new Date()).toISOString(),
    ruleCount: compiled.rules.length,
    json: JSON.stringify(data),
  };
  const status = await store.transaction('rw', store.feeds, async () => {
    const current = await store.feeds.get(subscriptionId);
    if (current && current.version > row.version) throw new FeedRollbackError(subscriptionId, current.version, row.version);
    if (current && current.version === row.version) return 'unchanged' as const;
    await store.feeds.put(row);
    return 'installed' as const;
  });
  return { status, version: data.version, ruleCount: compiled.rules.length, compiled };
}
