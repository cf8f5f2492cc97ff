import { BASELINE_SUBSCRIPTION_ID } from '../../feed/subscription';
import type { RadarDb } from '../db';
import { listSubscriptions } from '../subscriptions';

/** One subscription as the options page lists it. */
export interface SubscriptionInfo {
  id: string;
  /** Absent for the baseline: it comes with the extension and is updated with it. */
  url?: string;
  baseline: boolean;
  priority: number;
  enabled: boolean;
  /** The installed feed, if any has been accepted yet. */
  feed?: { publisher: { id: string; name: string }; version: number; publishedAt: string; expiresAt: string; expired: boolean; ruleCount: number; installedAt: string };
  lastCheck?: { at: string; ok: boolean; code?: string; reason?: string };
  nextCheck?: string;
  updating: boolean;
}

/** Subscriptions with their installed feed, last check and next check, read from Dexie. */
export async function subscriptionStatus(db: RadarDb, running: ReadonlySet<string>, now: Date): Promise<SubscriptionInfo[]> {
  const subs = await listSubscriptions(db);
  const ids = subs.map((s) => s.id);
  const [feeds, checks, schedule] = await Promise.all([db.feeds.bulkGet(ids), db.checks.bulkGet(ids), db.schedule.bulkGet(ids)]);
  return subs.map((s, i) => {
    const row = feeds[i];
    const check = checks[i];
    const next = schedule[i];
    return {
      id: s.id,
      ...(s.url !== undefined ? { url: s.url } : {}),
      baseline: s.id === BASELINE_SUBSCRIPTION_ID,
      priority: s.priority,
      enabled: s.enabled,
      ...(row
        ? {
            feed: {
              publisher: row.publisher, version: row.version, publishedAt: row.publishedAt, expiresAt: row.expiresAt,
              expired: Date.parse(row.expiresAt) <= now.getTime(), ruleCount: row.ruleCount, installedAt: row.fetchedAt,
            },
          }
        : {}),
      ...(check ? { lastCheck: { at: check.at, ok: check.ok, ...(check.code ? { code: check.code } : {}), ...(check.reason ? { reason: check.reason } : {}) } } : {}),
      ...(next && s.url !== undefined ? { nextCheck: next.nextAt } : {}),
      updating: running.has(s.id),
    };
  });
}
