import type { Feed } from './schema';

/**
 * When to check a subscription next, for `browser.alarms` (MV3 workers sleep, so no timers).
 * Pure functions of (now, last success, consecutive failures, installed feed, random): the
 * background persists `CheckState` and the returned time, and re-creates the alarm from it when
 * the browser has dropped its alarms (Chrome may clear them on restart).
 */
export const SCHEDULE = {
  /** A feed changes every few weeks; once a day finds a release soon enough (uBlock Origin's lists default to days too). */
  intervalMs: 24 * 3_600_000,
  /** ±10 %: clients installed at the same hour must not hit the host at the same minute. */
  jitter: 0.1,
  /** Never check more often than hourly, whatever the expiry says. */
  minMs: 3_600_000,
  /** First retry after a failure; doubles with each further failure. */
  firstRetryMs: 3_600_000,
  /** A host that is down for weeks gets a weekly try, not a daily one. */
  maxBackoffMs: 7 * 24 * 3_600_000,
} as const;

/** What the background keeps per subscription between checks. */
export interface CheckState {
  /** Last check that ended well (installed, not modified, or the same version again). */
  lastSuccess?: Date;
  /** Consecutive failed checks since then. */
  failures: number;
}

export interface ScheduleInput extends CheckState {
  now: Date;
  /** The installed feed for this subscription, for its expiry hint. */
  feed?: Pick<Feed, 'expiresAt'>;
  /** Defaults to Math.random; injected so tests (and reproducible runs) can fix it. */
  random?: () => number;
}

/** Delay before the next try after `failures` consecutive failures: 1 h, 2 h, 4 h, ... up to 7 days. */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  // 2^30 h is far past the cap; stopping the exponent there keeps the number finite.
  return Math.min(SCHEDULE.maxBackoffMs, SCHEDULE.firstRetryMs * 2 ** Math.min(failures - 1, 30));
}

function jittered(ms: number, random: () => number): number {
  const r = Math.min(Math.max(random(), 0), 1);
  return ms * (1 + SCHEDULE.jitter * (2 * r - 1));
}

/**
 * The next check time (never before `now`; an overdue check is due at once):
 * - after failures: now + backoff (jittered);
 * - never checked: now;
 * - otherwise: last success + 24 h (jittered);
 * - and, while the installed feed has not expired, no later than half the time left until
 *   `expiresAt` (but at least 1 h away), so a publisher's next release is picked up before the
 *   current one lapses. Once it has expired, checking faster has not helped; the normal rhythm
 *   resumes and the UI warns instead (isExpired).
 */
export function nextCheckAt(input: ScheduleInput): Date {
  const now = input.now.getTime();
  const random = input.random ?? Math.random;
  let at: number;
  if (input.failures > 0) at = now + jittered(backoffMs(input.failures), random);
  else if (input.lastSuccess === undefined) return new Date(now);
  else at = input.lastSuccess.getTime() + jittered(SCHEDULE.intervalMs, random);

  if (input.feed) {
    const left = Date.parse(input.feed.expiresAt) - now;
    if (left > 0) at = Math.min(at, now + Math.max(SCHEDULE.minMs, left / 2));
  }
  return new Date(Math.max(Math.round(at), now));
}

/** The state after a check ended at `now`, well (`ok`) or not. */
export function afterCheck(state: CheckState, ok: boolean, now: Date): CheckState {
  return ok ? { lastSuccess: now, failures: 0 } : { ...state, failures: state.failures + 1 };
}

/** One alarm per subscription, so a slow or failing feed never delays another. */
export const FEED_ALARM_PREFIX = 'feed-update:';

export function feedAlarmName(subscriptionId: string): string {
  return `${FEED_ALARM_PREFIX}${subscriptionId}`;
}

/** The subscription id of a feed alarm, or undefined for any other alarm. */
export function subscriptionOfAlarm(alarmName: string): string | undefined {
  return alarmName.startsWith(FEED_ALARM_PREFIX) ? alarmName.slice(FEED_ALARM_PREFIX.length) : undefined;
}
