import { browser } from 'wxt/browser';
import { afterCheck, feedAlarmName, nextCheckAt, subscriptionOfAlarm, type CheckState } from '../../feed/schedule';
import type { Feed } from '../../feed/schema';
import type { Subscription } from '../../feed/subscription';
import type { RadarDb, ScheduleRow } from '../db';

/**
 * Feed checks run on browser.alarms, one alarm per subscription (`feed-update:<id>`): an MV3
 * worker sleeps after ~30 s idle, which kills any setTimeout, while an alarm wakes it. The next
 * time comes from lib/feed's nextCheckAt (24 h ± jitter, backoff after failures, sooner before
 * the installed feed expires) and is stored, so a dropped alarm is re-created for the same time.
 */
export interface ScheduleDeps {
  db: RadarDb;
  now: Date;
  random?: () => number;
}

const stateOf = (row: ScheduleRow | undefined): CheckState => ({
  failures: row?.failures ?? 0,
  ...(row?.lastSuccess ? { lastSuccess: new Date(row.lastSuccess) } : {}),
});

/** Stores the result of a check and sets the subscription's alarm for the next one. */
export async function scheduleAfterCheck(subId: string, ok: boolean, feed: Pick<Feed, 'expiresAt'> | undefined, deps: ScheduleDeps): Promise<Date> {
  const state = afterCheck(stateOf(await deps.db.schedule.get(subId)), ok, deps.now);
  const at = nextCheckAt({ ...state, now: deps.now, ...(feed ? { feed } : {}), ...(deps.random ? { random: deps.random } : {}) });
  await deps.db.schedule.put({ subscriptionId: subId, failures: state.failures, ...(state.lastSuccess ? { lastSuccess: state.lastSuccess.toISOString() } : {}), nextAt: at.toISOString() });
  await browser.alarms.create(feedAlarmName(subId), { when: at.getTime() });
  return at;
}

/** Only subscriptions with a URL are fetched; the baseline (bundled copy only) never has an alarm. */
const fetched = (s: Subscription) => s.enabled && s.url !== undefined;

/**
 * At every worker start: an alarm for each fetched subscription that lacks one (Chrome may drop
 * alarms on restart), at its stored time or at once if it never had one or is overdue; and no
 * alarm left for a subscription that is gone.
 */
export async function ensureAlarms(subs: readonly Subscription[], deps: ScheduleDeps): Promise<void> {
  const wanted = new Set(subs.filter(fetched).map((s) => s.id));
  for (const alarm of await browser.alarms.getAll()) {
    const id = subscriptionOfAlarm(alarm.name);
    if (id !== undefined && !wanted.has(id)) await browser.alarms.clear(alarm.name);
  }
  for (const id of wanted) {
    if (await browser.alarms.get(feedAlarmName(id))) continue;
    const row = await deps.db.schedule.get(id);
    const stored = row ? Date.parse(row.nextAt) : Number.NaN;
    const when = Number.isNaN(stored) ? deps.now.getTime() : Math.max(stored, deps.now.getTime());
    await browser.alarms.create(feedAlarmName(id), { when });
  }
}

/** Forgets a removed subscription's schedule and alarm. */
export async function dropSchedule(subId: string, db: RadarDb): Promise<void> {
  await db.schedule.delete(subId);
  await browser.alarms.clear(feedAlarmName(subId));
}

