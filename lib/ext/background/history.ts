import type { Level } from '../../engine/index';
import type { RadarDb } from '../db';

/** Keeps at most this many rows; the oldest go first. A caseworker's month of checks fits. */
export const MAX_HISTORY_ROWS = 5_000;

/** Adds checked postings to the history; a posting already there gets its level and date updated. */
export async function recordHistory(db: RadarDb, items: { url: string; title: string; level: Level }[], now = new Date()): Promise<void> {
  const date = now.toISOString();
  await db.transaction('rw', db.history, async () => {
    for (const it of items) {
      const existing = await db.history.where('url').equals(it.url).first();
      if (existing?.id !== undefined) await db.history.update(existing.id, { title: it.title, level: it.level, date });
      else await db.history.add({ ...it, date });
    }
    const excess = (await db.history.count()) - MAX_HISTORY_ROWS;
    if (excess > 0) await db.history.orderBy('date').limit(excess).delete();
  });
}
