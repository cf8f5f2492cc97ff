import { describe, expect, it } from 'vitest';
import { afterCheck, backoffMs, feedAlarmName, nextCheckAt, SCHEDULE, subscriptionOfAlarm } from '../../lib/feed/schedule';

const H = 3_600_000;
const D = 24 * H;
const NOW = new Date('2026-07-01T12:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);
const mid = () => 0.5; // no jitter
/** mulberry32: a seeded generator, so the jitter tests are reproducible. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('nextCheckAt', () => {
  it('checks at once when never checked', () => {
    expect(nextCheckAt({ now: NOW, failures: 0, random: mid })).toEqual(NOW);
  });

  it('checks a day after the last success, jittered by at most ±10 %', () => {
    const last = at(-2 * H);
    expect(nextCheckAt({ now: NOW, lastSuccess: last, failures: 0, random: mid })).toEqual(at(22 * H));
    expect(nextCheckAt({ now: NOW, lastSuccess: last, failures: 0, random: () => 0 })).toEqual(at(-2 * H + 0.9 * D));
    expect(nextCheckAt({ now: NOW, lastSuccess: last, failures: 0, random: () => 1 })).toEqual(at(-2 * H + 1.1 * D));
  });

  it('spreads clients over the jitter window (seeded random)', () => {
    const random = seeded(42);
    const times = Array.from({ length: 200 }, () => nextCheckAt({ now: NOW, lastSuccess: NOW, failures: 0, random }).getTime() - NOW.getTime());
    expect(Math.min(...times)).toBeGreaterThanOrEqual(0.9 * D);
    expect(Math.max(...times)).toBeLessThanOrEqual(1.1 * D);
    expect(new Set(times).size).toBeGreaterThan(190);
    // Same seed, same schedule.
    const again = seeded(42);
    expect(nextCheckAt({ now: NOW, lastSuccess: NOW, failures: 0, random: again }).getTime() - NOW.getTime()).toBe(times[0]);
  });

  it('an overdue check (the browser was closed) is due now, never in the past', () => {
    expect(nextCheckAt({ now: NOW, lastSuccess: at(-5 * D), failures: 0, random: mid })).toEqual(NOW);
  });

  it('backs off exponentially from now after failures, up to 7 days', () => {
    expect([1, 2, 3, 4, 5].map((f) => nextCheckAt({ now: NOW, lastSuccess: at(-D), failures: f, random: mid }).getTime() - NOW.getTime())).toEqual([H, 2 * H, 4 * H, 8 * H, 16 * H]);
    expect(nextCheckAt({ now: NOW, failures: 20, random: mid })).toEqual(at(7 * D));
    expect(nextCheckAt({ now: NOW, failures: 20, random: () => 1 }).getTime()).toBeLessThanOrEqual(at(7.7 * D).getTime());
  });

  it('checks sooner as the installed feed nears expiry: half the time left, at least 1 h', () => {
    const base = { now: NOW, lastSuccess: NOW, failures: 0, random: mid };
    expect(nextCheckAt({ ...base, feed: { expiresAt: at(30 * D).toISOString() } })).toEqual(at(D));
    expect(nextCheckAt({ ...base, feed: { expiresAt: at(10 * H).toISOString() } })).toEqual(at(5 * H));
    expect(nextCheckAt({ ...base, feed: { expiresAt: at(90 * 60_000).toISOString() } })).toEqual(at(H));
  });

  it('the expiry hint also shortens a long backoff', () => {
    expect(nextCheckAt({ now: NOW, failures: 10, random: mid, feed: { expiresAt: at(2 * D).toISOString() } })).toEqual(at(D));
  });

  it('once the feed has expired, the normal rhythm resumes (no hourly polling of a dead feed)', () => {
    expect(nextCheckAt({ now: NOW, lastSuccess: NOW, failures: 0, random: mid, feed: { expiresAt: at(-D).toISOString() } })).toEqual(at(D));
  });
});

describe('backoff and state', () => {
  it('backoffMs is 0 without failures, capped and finite for any count', () => {
    expect(backoffMs(0)).toBe(0);
    expect(backoffMs(1)).toBe(SCHEDULE.firstRetryMs);
    expect(backoffMs(9)).toBe(SCHEDULE.maxBackoffMs);
    expect(backoffMs(10_000)).toBe(SCHEDULE.maxBackoffMs);
  });

  it('afterCheck resets failures on success and counts them otherwise', () => {
    const s1 = afterCheck({ failures: 0 }, false, NOW);
    expect(s1).toEqual({ failures: 1 });
    const s2 = afterCheck({ lastSuccess: at(-D), failures: 1 }, false, NOW);
    expect(s2).toEqual({ lastSuccess: at(-D), failures: 2 });
    expect(afterCheck(s2, true, NOW)).toEqual({ lastSuccess: NOW, failures: 0 });
  });

  it('names one alarm per subscription and reads it back', () => {
    expect(feedAlarmName('ngo-feed')).toBe('feed-update:ngo-feed');
    expect(subscriptionOfAlarm(feedAlarmName('recruit-radar-baseline'))).toBe('recruit-radar-baseline');
    expect(subscriptionOfAlarm('history-cleanup')).toBeUndefined();
  });
});
