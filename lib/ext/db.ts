import Dexie, { type Table } from 'dexie';
import type { Level } from '../engine/index';

/**
 * The extension's store, owned by the background (extension pages share its origin and may read
 * it; content scripts never open it: they run in the page's origin).
 */

/** One installed feed per subscription; the active rules are derived from all rows (merge-feeds.ts). */
export interface FeedRow {
  subscriptionId: string;
  version: number;
  publisher: { id: string; name: string };
  publishedAt: string;
  expiresAt: string;
  /** When this device installed it (ISO time). */
  fetchedAt: string;
  ruleCount: number;
  /** The validated feed (FeedData) as JSON, served as-is to content scripts and pages. */
  json: string;
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
  history!: Table<HistoryRow, number>;

  constructor(name = 'recruit-radar') {
    super(name);
    this.version(1).stores({
      feeds: 'subscriptionId',
      // url is indexed so a posting seen twice updates its row instead of piling up.
      history: '++id, date, url',
    });
  }
}

let shared: RadarDb | undefined;
/** The one database of this extension context, opened on first use. */
export function db(): RadarDb {
  return (shared ??= new RadarDb());
}
