import Dexie, { type Table } from 'dexie';
import type { Level } from '../engine/index';

/**
 * The extension's store, owned by the background (extension pages share its origin and may read
 * it; content scripts never open it: they run in the page's origin).
 */

/** One installed (verified) feed per subscription; the active rules merge all of them (lib/feed mergeActive). */
export interface FeedRow {
  subscriptionId: string;
  version: number;
  /** The server's ETag for the installed copy, so a refresh can ask "changed since?". */
  etag?: string;
  publisher: { id: string; name: string };
  publishedAt: string;
  expiresAt: string;
  /** When this device installed it (ISO time). */
  fetchedAt: string;
  ruleCount: number;
  /** The verified feed (lib/feed Feed) as JSON. */
  json: string;
}

/** The last update check of a subscription, for the options page (lib/feed/update.ts CheckRecord). */
export interface CheckRow {
  subscriptionId: string;
  at: string;
  ok: boolean;
  code?: string;
  reason?: string;
}

/**
 * A subscription as lib/feed's SubscriptionSchema defines it. Rows are parsed with that schema on
 * every read (lib/ext/subscriptions.ts), so a damaged row is skipped, never trusted.
 */
export interface SubscriptionRow {
  id: string;
  url?: string;
  publicKey: string;
  priority: number;
  enabled: boolean;
  addedAt: string;
}

/**
 * When a subscription is checked next and why (lib/feed/schedule.ts CheckState). Kept so the
 * worker can re-create an alarm the browser dropped, at the time it was meant to fire.
 */
export interface ScheduleRow {
  subscriptionId: string;
  lastSuccess?: string;
  failures: number;
  nextAt: string;
}

/** A checked posting, kept only when the user turns history on (settings.history). No page text. */
export interface HistoryRow {
  id?: number;
  url: string;
  title: string;
  level: Level;
  /** ISO time of the check. */
  date: string;
}

export class RadarDb extends Dexie {
  feeds!: Table<FeedRow, string>;
  checks!: Table<CheckRow, string>;
  history!: Table<HistoryRow, number>;
  subscriptions!: Table<SubscriptionRow, string>;
  schedule!: Table<ScheduleRow, string>;

  constructor(name = 'recruit-radar') {
    super(name);
    this.version(1).stores({
      feeds: 'subscriptionId',
      checks: 'subscriptionId',
      // url is indexed so a posting seen twice updates its row instead of piling up.
      history: '++id, date, url',
    });
    // Version 2 adds feed subscriptions and their schedule; installed feeds are kept as they are.
    this.version(2).stores({ subscriptions: 'id', schedule: 'subscriptionId' });
  }
}

let shared: RadarDb | undefined;
/** The one database of this extension context, opened on first use. */
export function db(): RadarDb {
  return (shared ??= new RadarDb());
}
