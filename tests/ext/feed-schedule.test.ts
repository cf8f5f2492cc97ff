import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureAlarms } from '../../lib/ext/background/feed-schedule';
import { FeedService } from '../../lib/ext/background/feeds';
import { RulesStore } from '../../lib/ext/background/rules-store';
import { RadarDb } from '../../lib/ext/db';
import { feedAlarmName } from '../../lib/feed/schedule';
import type { Subscription } from '../../lib/feed/subscription';
import { signedFeed, testFeed, TEST_PUBLIC_KEY } from './helpers/feed';
import { fakeHost, ngoFeed } from './helpers/feed-host';

/** The alarm wiring: one alarm per fetched subscription, re-created at worker start, and what firing one does. */
const db = new RadarDb('recruit-radar-test-feed-schedule');
const NOW = new Date('2026-06-01T00:00:00Z');
const HOUR = 3_600_000;
const sub = (id: string, over: Partial<Subscription> = {}): Subscription => ({
  id, url: `https://${id}.example/feed.json`, publicKey: TEST_PUBLIC_KEY.trim(), priority: 10, enabled: true, addedAt: NOW.toISOString(), ...over,
});
const alarms = async () => Object.fromEntries((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime - NOW.getTime()]));

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterAll(() => db.close());

describe('alarms at worker start', () => {
  it('re-creates missing alarms at their stored time (or at once), leaves existing ones, and drops stale ones', async () => {
    await db.schedule.bulkPut([
      { subscriptionId: 'later', failures: 0, nextAt: new Date(NOW.getTime() + 5 * HOUR).toISOString() },
      { subscriptionId: 'overdue', failures: 2, nextAt: new Date(NOW.getTime() - HOUR).toISOString() },
    ]);
    await fakeBrowser.alarms.create(feedAlarmName('kept'), { when: NOW.getTime() + 9 * HOUR });
    await fakeBrowser.alarms.create(feedAlarmName('removed-feed'), { when: NOW.getTime() + HOUR });
    await fakeBrowser.alarms.create('some-other-alarm', { when: NOW.getTime() + HOUR });
    const subs = [sub('later'), sub('overdue'), sub('never'), sub('kept'), sub('off', { enabled: false }), sub('recruit-radar-baseline', { url: undefined })];
    await ensureAlarms(subs, { db, now: NOW });
    expect(await alarms()).toEqual({
      'feed-update:later': 5 * HOUR,
      'feed-update:overdue': 0,
      'feed-update:never': 0,
      'feed-update:kept': 9 * HOUR,
      'some-other-alarm': HOUR, // not ours to clear
    });
  });
});

describe('FeedService and alarms', () => {
  function service() {
    const host = fakeHost();
    const rules = new RulesStore(signedFeed(testFeed(1)), () => db, () => NOW);
    return { host, feeds: new FeedService({ db: () => db, rules, fetch: host.fetch, now: () => NOW, random: () => 0.5 }) };
  }

  it('start() installs the bundled copy, then creates the alarms that are missing', async () => {
    const { feeds } = service();
    await db.subscriptions.put(sub('ngo'));
    await feeds.start();
    expect(await db.feeds.get('recruit-radar-baseline')).toBeDefined();
    expect(await alarms()).toEqual({ 'feed-update:ngo': 0 });
  });

  it('a firing alarm checks its subscription and sets the next alarm; others are ignored', async () => {
    const { feeds, host } = service();
    await db.subscriptions.put(sub('ngo'));
    host.publish('https://ngo.example/feed.json', ngoFeed(4));
    await feeds.onAlarm('some-other-alarm');
    expect(host.fetch).not.toHaveBeenCalled();
    await feeds.onAlarm(feedAlarmName('ngo'));
    expect((await db.feeds.get('ngo'))!.version).toBe(4);
    expect(await alarms()).toEqual({ 'feed-update:ngo': 24 * HOUR });
  });

  it('a failed check backs off: 1 h, 2 h, 4 h, and a success resets the rhythm', async () => {
    const { feeds, host } = service();
    await db.subscriptions.put(sub('ngo'));
    for (const h of [1, 2, 4]) {
      await feeds.onAlarm(feedAlarmName('ngo')); // 404: nothing published yet
      expect(await alarms()).toEqual({ 'feed-update:ngo': h * HOUR });
    }
    expect(await db.checks.get('ngo')).toMatchObject({ ok: false, code: 'http-404' });
    host.publish('https://ngo.example/feed.json', ngoFeed(4));
    await feeds.onAlarm(feedAlarmName('ngo'));
    expect(await alarms()).toEqual({ 'feed-update:ngo': 24 * HOUR });
    expect(await db.schedule.get('ngo')).toMatchObject({ failures: 0 });
  });

  it('an alarm left over from a removed subscription is cleared, not run', async () => {
    const { feeds, host } = service();
    await fakeBrowser.alarms.create(feedAlarmName('gone'), { when: NOW.getTime() });
    await feeds.onAlarm(feedAlarmName('gone'));
    expect(host.fetch).not.toHaveBeenCalled();
    expect(await alarms()).toEqual({});
  });
});
