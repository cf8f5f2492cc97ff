import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FeedService } from '../../lib/ext/background/feeds';
import { RulesStore } from '../../lib/ext/background/rules-store';
import { RadarDb } from '../../lib/ext/db';
import { generateKeyPair } from '../../lib/feed/minisign';
import { feedAlarmName } from '../../lib/feed/schedule';
import { BASELINE_SUBSCRIPTION_ID } from '../../lib/feed/subscription';
import { rule, signedFeed, testFeed, TEST_PUBLIC_KEY } from './helpers/feed';
import { fakeHost, ngoFeed } from './helpers/feed-host';

const db = new RadarDb('recruit-radar-test-feeds');
const NOW = new Date('2026-06-01T00:00:00Z');
const HOUR = 3_600_000;
const URL_ = 'https://ngo.example/rr/feed.json';
let host: ReturnType<typeof fakeHost>;
let rules: RulesStore;
let feeds: FeedService;
let contains: ReturnType<typeof vi.fn>;
const ruleIds = async () => (await rules.active()).merged.rules.map((r) => r.id);
const alarmAt = async (id: string) => (await fakeBrowser.alarms.get(feedAlarmName(id)))?.scheduledTime;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((t) => t.clear()));
  host = fakeHost();
  rules = new RulesStore(signedFeed(testFeed(1)), () => db, () => NOW);
  // random 0.5 = no jitter, so the expected times are exact.
  feeds = new FeedService({ db: () => db, rules, fetch: host.fetch, now: () => NOW, random: () => 0.5 });
  contains = vi.fn(async () => true);
  fakeBrowser.permissions.contains = contains as never;
  fakeBrowser.permissions.remove = vi.fn(async () => true) as never;
});
afterAll(() => db.close());

async function addNgo() {
  host.publish(URL_, ngoFeed(2));
  const r = await feeds.add({ url: URL_, publicKey: TEST_PUBLIC_KEY });
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('adding a feed', () => {
  it('pins the key, checks at once, installs the feed and schedules the next check', async () => {
    const r = await addNgo();
    expect(r.update).toEqual({ ok: true, kind: 'installed', version: 2 });
    expect(contains).toHaveBeenCalledWith({ origins: ['https://ngo.example/*'] });
    expect(await db.subscriptions.get(r.id)).toMatchObject({ url: URL_, publicKey: TEST_PUBLIC_KEY.trim(), priority: 10, enabled: true });
    expect(await ruleIds()).toEqual(['ngo-rule', 'test-passport']);
    expect(await alarmAt(r.id)).toBe(NOW.getTime() + 24 * HOUR);
    expect(await db.schedule.get(r.id)).toMatchObject({ failures: 0, lastSuccess: NOW.toISOString() });
  });

  it.each([
    ['not an address', 'feed.json', /not a web address/],
    ['plain http elsewhere than loopback', 'http://ngo.example/feed.json', /must use https:\/\/.*127\.0\.0\.1 or localhost/],
    ['a password in the address', 'https://u:p@ngo.example/feed.json', /user name and password/],
    ['a #fragment', 'https://ngo.example/feed.json#x', /#part/],
  ])('refuses %s with a clear message', async (_what, url, message) => {
    const r = await feeds.add({ url, publicKey: TEST_PUBLIC_KEY });
    expect(r).toEqual({ ok: false, message: expect.stringMatching(message) });
    expect(await db.subscriptions.count()).toBe(0);
    expect(host.fetch).not.toHaveBeenCalled();
  });

  it('refuses a key that does not parse, a feed already added, and a host the user did not allow', async () => {
    expect(await feeds.add({ url: URL_, publicKey: 'RWQ-not-a-key' })).toEqual({ ok: false, message: expect.stringMatching(/not a minisign public key.*starts with "RW"/) });
    await addNgo();
    expect(await feeds.add({ url: URL_, publicKey: TEST_PUBLIC_KEY })).toEqual({ ok: false, message: 'You already subscribe to this feed.' });
    contains.mockResolvedValue(false);
    expect(await feeds.add({ url: 'https://other.example/f.json', publicKey: TEST_PUBLIC_KEY })).toEqual({ ok: false, message: expect.stringMatching(/not allowed to contact other\.example/) });
    expect((await db.subscriptions.toArray()).map((s) => s.url)).toEqual([URL_]);
  });

  it('accepts plain http on 127.0.0.1 for local testing with feed:serve', async () => {
    host.publish('http://127.0.0.1:8787/feed.json', ngoFeed(2));
    const r = await feeds.add({ url: 'http://127.0.0.1:8787/feed.json', publicKey: TEST_PUBLIC_KEY });
    expect(r).toMatchObject({ ok: true, update: { kind: 'installed' } });
    expect(contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });
});

describe('update now', () => {
  it('installs a newer version; an unchanged feed is a good check', async () => {
    const { id } = await addNgo();
    host.publish(URL_, ngoFeed(3, [rule('ngo-rule'), rule('ngo-second-rule')]));
    expect(await feeds.updateNow(id)).toEqual({ ok: true, kind: 'installed', version: 3 });
    expect(await ruleIds()).toContain('ngo-second-rule');
    expect(await feeds.updateNow(id)).toEqual({ ok: true, kind: 'not-modified', version: 3 });
  });

  it('a refused feed leaves the active rules unchanged, records the reason and backs off', async () => {
    const { id } = await addNgo();
    const before = await rules.active();
    host.publish(URL_, ngoFeed(3, [rule('ngo-rule'), rule('sneaky-rule')]), { tamper: true });
    expect(await feeds.updateNow(id)).toMatchObject({ ok: false, kind: 'failed', code: 'bad-signature' });
    expect(await rules.active()).toBe(before); // not even recompiled
    expect((await db.feeds.get(id))!.version).toBe(2);
    expect(await db.checks.get(id)).toMatchObject({ ok: false, code: 'bad-signature', reason: expect.any(String) });
    expect(await alarmAt(id)).toBe(NOW.getTime() + HOUR);
    host.publish(URL_, ngoFeed(3), { key: generateKeyPair() });
    expect(await feeds.updateNow(id)).toMatchObject({ code: 'wrong-key' });
    expect(await alarmAt(id)).toBe(NOW.getTime() + 2 * HOUR);
    expect(await ruleIds()).toEqual(['ngo-rule', 'test-passport']);
  });

  it('checks before the installed feed expires (half the time left, at least 1 h)', async () => {
    host.publish(URL_, ngoFeed(2, undefined, { expiresAt: new Date(NOW.getTime() + 10 * HOUR).toISOString() }));
    const r = await feeds.add({ url: URL_, publicKey: TEST_PUBLIC_KEY });
    expect(await alarmAt((r as { id: string }).id)).toBe(NOW.getTime() + 5 * HOUR);
  });

  it('runs at most one check per subscription at a time: a second request joins the first', async () => {
    const { id } = await addNgo();
    host.publish(URL_, ngoFeed(3));
    const release = host.hold();
    const first = feeds.updateNow(id);
    const second = feeds.updateNow(id);
    expect(second).toBe(first);
    expect((await feeds.list()).find((s) => s.id === id)!.updating).toBe(true);
    release();
    expect(await first).toMatchObject({ kind: 'installed', version: 3 });
    expect(host.calls(URL_)).toBe(2); // the add's check and this one: the joined request fetched nothing
  });

  it('the baseline has no URL: it is updated with the extension only', async () => {
    await rules.ensureBundled();
    expect(await feeds.updateNow(BASELINE_SUBSCRIPTION_ID)).toMatchObject({ ok: true, kind: 'skipped' });
    expect(host.fetch).not.toHaveBeenCalled();
  });
});

describe('removing a feed', () => {
  it('removes its rules, check, schedule, alarm and host permission, but never the baseline', async () => {
    const { id } = await addNgo();
    expect(await feeds.remove(BASELINE_SUBSCRIPTION_ID)).toEqual({ ok: false, message: expect.stringMatching(/cannot be removed/) });
    expect(await feeds.remove(id)).toEqual({ ok: true });
    expect(await ruleIds()).toEqual(['test-passport']);
    for (const t of [db.subscriptions, db.feeds, db.checks, db.schedule]) expect(await t.get(id)).toBeUndefined();
    expect(await alarmAt(id)).toBeUndefined();
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://ngo.example/*'] });
    expect((await feeds.list()).map((s) => s.id)).toEqual([BASELINE_SUBSCRIPTION_ID]);
  });
});
