import { browser } from 'wxt/browser';
import { feedAlarmName, subscriptionOfAlarm } from '../../feed/schedule';
import { BASELINE_SUBSCRIPTION_ID } from '../../feed/subscription';
import { isCheckOk, updateSubscription } from '../../feed/update';
import type { RadarDb } from '../db';
import { dexieFeedStore } from '../feed-store';
import { getSubscription, listSubscriptions, newSubscription, originPattern } from '../subscriptions';
import { ensureAlarms, scheduleAfterCheck } from './feed-schedule';
import { subscriptionStatus, type SubscriptionInfo } from './feed-status';
import type { RulesStore } from './rules-store';

export interface FeedServiceDeps {
  db: () => RadarDb;
  rules: RulesStore;
  /** The browser's fetch, handed to lib/feed's fetchFeed: the only network use of the extension. */
  fetch: typeof fetch;
  now?: () => Date;
  /** For the schedule's jitter; tests fix it. */
  random?: () => number;
}

/** What one check did, for the options page (the same words are stored for the next visit). */
export interface UpdateReply {
  ok: boolean;
  kind: 'installed' | 'not-modified' | 'unchanged' | 'skipped' | 'failed';
  version?: number;
  code?: string;
  reason?: string;
}

export type AddReply = { ok: true; id: string; update: UpdateReply } | { ok: false; message: string };

/**
 * The background's side of feed subscriptions: add, remove, check now, and the alarms that check
 * on their own. At most one check per subscription runs at a time (a second request joins the
 * first); lib/feed's updateSubscription does the fetching and verifying, and its store refuses
 * to install anything not newer than what is there, so even overlapping workers cannot roll back.
 */
export class FeedService {
  private running = new Map<string, Promise<UpdateReply>>();
  private started?: Promise<void>;

  constructor(private deps: FeedServiceDeps) {}

  private get db(): RadarDb {
    return this.deps.db();
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** Every worker start: the bundled copy, then an alarm for each subscription that lost its own. */
  start(): Promise<void> {
    this.started ??= (async () => {
      await this.deps.rules.ensureBundled();
      await ensureAlarms(await listSubscriptions(this.db), { db: this.db, now: this.now() });
    })().catch((e: unknown) => {
      this.started = undefined;
      console.error('[Recruit Radar] could not set up the feed schedule:', e);
    });
    return this.started;
  }

  list(): Promise<SubscriptionInfo[]> {
    return this.start().then(() => subscriptionStatus(this.db, new Set(this.running.keys()), this.now()));
  }

  /** "Update now" and alarms: joins a check already running for this subscription. */
  updateNow(id: string): Promise<UpdateReply> {
    const running = this.running.get(id);
    if (running) return running;
    const check = this.check(id).finally(() => this.running.delete(id));
    this.running.set(id, check);
    return check;
  }

  /** Never throws: nobody awaits an alarm, and a failed check is already recorded and rescheduled. */
  async onAlarm(name: string): Promise<void> {
    const id = subscriptionOfAlarm(name);
    if (id === undefined) return;
    try {
      await this.start();
      if (await getSubscription(this.db, id)) await this.updateNow(id);
      else await browser.alarms.clear(name); // a removed feed's alarm that fired before it was cleared
    } catch (e) {
      console.error(`[Recruit Radar] the scheduled check of ${id} failed:`, e);
    }
  }

  private async check(id: string): Promise<UpdateReply> {
    const sub = await getSubscription(this.db, id);
    if (!sub) return { ok: false, kind: 'failed', code: 'no-subscription', reason: 'there is no such feed subscription' };
    if (sub.url === undefined) return { ok: true, kind: 'skipped', reason: 'this feed comes with the extension and is updated with it' };
    const outcome = await updateSubscription(sub, { fetch: this.deps.fetch, now: () => this.now(), store: dexieFeedStore(this.deps.db) });
    if (outcome.kind === 'skipped') return { ok: true, kind: 'skipped', reason: outcome.reason };
    if (outcome.kind === 'installed') this.deps.rules.invalidate();
    const row = await this.db.feeds.get(id);
    await scheduleAfterCheck(id, isCheckOk(outcome), row, { db: this.db, now: this.now(), ...(this.deps.random ? { random: this.deps.random } : {}) });
    if (outcome.kind === 'failed') return { ok: false, kind: 'failed', code: outcome.code, reason: outcome.reason };
    return { ok: true, kind: outcome.kind, ...(row ? { version: row.version } : {}) };
  }

  /**
   * Adds a feed the user typed in. The options page has asked for the host permission in the
   * user's click; it is checked again here, since without it the browser would block the fetch.
   * The first check runs at once, so the user sees straight away whether URL and key work.
   */
  async add(input: { url: string; publicKey: string }): Promise<AddReply> {
    const made = newSubscription(input, await listSubscriptions(this.db), this.now());
    if (!made.ok) return made;
    const sub = made.subscription;
    const pattern = originPattern(sub.url!);
    if (!(await browser.permissions.contains({ origins: [pattern] }).catch(() => false))) {
      return { ok: false, message: `Recruit Radar is not allowed to contact ${new URL(sub.url!).hostname}. Add the feed again and choose "Allow" when the browser asks.` };
    }
    await this.db.subscriptions.put(sub);
    return { ok: true, id: sub.id, update: await this.updateNow(sub.id) };
  }

  /** Removes a feed the user added (never the baseline) with its rules, schedule and, if unused, host permission. */
  async remove(id: string): Promise<{ ok: boolean; message?: string }> {
    if (id === BASELINE_SUBSCRIPTION_ID) return { ok: false, message: 'The rules that come with Recruit Radar cannot be removed.' };
    await this.running.get(id)?.catch(() => undefined); // let a running check finish, so it cannot write after the delete
    const url = (await getSubscription(this.db, id))?.url;
    const db = this.db;
    await db.transaction('rw', [db.subscriptions, db.feeds, db.checks, db.schedule], () =>
      Promise.all([db.subscriptions.delete(id), db.feeds.delete(id), db.checks.delete(id), db.schedule.delete(id)]),
    );
    await browser.alarms.clear(feedAlarmName(id));
    this.deps.rules.invalidate();
    if (url !== undefined) await this.releaseHost(originPattern(url));
    return { ok: true };
  }

  /** Gives the host permission back unless another feed on that host still needs it. */
  private async releaseHost(pattern: string): Promise<void> {
    const inUse = (await listSubscriptions(this.db)).some((s) => s.url !== undefined && originPattern(s.url) === pattern);
    if (!inUse) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  }
}
