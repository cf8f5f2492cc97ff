import { compileRuleSet, type CompiledRuleSet } from '../engine/compile';
import { checkRuleExamples } from '../rules/examples';
import { fetchFeed } from './fetch';
import { isExpired, verifyFeed, type FeedAccepted, type FeedRejection } from './ingest';
import { mergeFeeds, type MergedFeeds, type Subscribed } from './merge';
import { FeedSchema, type Feed } from './schema';
import { BASELINE_SUBSCRIPTION_ID, SubscriptionSchema, type Subscription } from './subscription';

/**
 * The update step the background runs for one subscription: fetch → verifyFeed (the one ingest
 * path) → atomic install. Nothing is written unless every check passed; on any failure the
 * installed feed stays and the reason is recorded for the options page. Storage is injected
 * (the extension's is Dexie, the tests' an in-memory map), so this runs under Node as well.
 */
export interface InstalledFeed {
  version: number;
  etag?: string;
  /** The accepted feed as JSON (JSON.stringify of the verified `Feed`). */
  feedJson: string;
}

export interface CheckRecord {
  at: Date;
  ok: boolean;
  code?: string;
  reason?: string;
}

export interface FeedStore {
  getInstalled(subId: string): Promise<InstalledFeed | undefined>;
  /**
   * Replaces the subscription's feed, ETag and last-success time in one transaction: all or
   * nothing. It must throw if the stored version is already >= feed.version (a concurrent update
   * won the race), so two overlapping checks can never roll a feed back.
   */
  install(subId: string, feed: Feed, etag: string | undefined, checkedAt: Date): Promise<void>;
  /** The latest check's result, shown on the options page; called once per update attempt. */
  recordCheck(subId: string, check: CheckRecord): Promise<void>;
}

export type UpdateOutcome =
  | { kind: 'installed'; version: number; previousVersion?: number; warnings: string[] }
  /** The server answered 304 to our ETag. */
  | { kind: 'not-modified' }
  /** The same version again (a host without ETags), or for the bundled copy an older one than installed. */
  | { kind: 'unchanged'; version: number; code: string }
  /** Disabled or no URL: no request made, nothing recorded. */
  | { kind: 'skipped'; reason: 'disabled' | 'no-url' }
  | { kind: 'failed'; code: string; reason: string };

/** Whether an outcome counts as a successful check for the schedule (schedule.ts afterCheck). */
export function isCheckOk(outcome: UpdateOutcome): boolean {
  return outcome.kind !== 'failed';
}

export interface UpdateDeps {
  fetch: typeof fetch;
  now(): Date;
  store: FeedStore;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
}

/** The real engine as verifyFeed's last two checks: the rules must compile and pass their own examples. */
const engine = {
  compile: (rules: Feed['rules'], feed: Feed): CompiledRuleSet => compileRuleSet(rules, { benchmarks: feed.benchmarks, feedVersion: feed.version }),
  checkExamples: (rules: Feed['rules'], feed: Feed): string[] => checkRuleExamples(rules, feed.benchmarks),
};

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A store that cannot even be read is a failed check, not an exception in the worker. */
async function readInstalled(store: FeedStore, subId: string): Promise<{ row?: InstalledFeed } | UpdateOutcome> {
  try {
    return { row: await store.getInstalled(subId) };
  } catch (e) {
    return { kind: 'failed', code: 'store', reason: `cannot read the installed feed: ${errorText(e)}` };
  }
}

export async function updateSubscription(sub: Subscription, deps: UpdateDeps): Promise<UpdateOutcome> {
  const valid = SubscriptionSchema.safeParse(sub);
  if (!valid.success) return { kind: 'failed', code: 'subscription-invalid', reason: valid.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  if (!sub.enabled) return { kind: 'skipped', reason: 'disabled' };
  if (sub.url === undefined) return { kind: 'skipped', reason: 'no-url' };

  const record = (outcome: UpdateOutcome, at: Date) => finish(deps.store, sub.id, outcome, at);
  const read = await readInstalled(deps.store, sub.id);
  if ('kind' in read) return record(read, deps.now());
  const installed = read.row;

  const fetched = await fetchFeed(sub, { fetch: deps.fetch, etag: installed?.etag, maxBytes: deps.maxBytes, timeoutMs: deps.timeoutMs, signal: deps.signal });
  const now = deps.now();
  if (fetched.kind !== 'fetched') return record(fetched, now);

  const result = await verifyFeed({
    body: fetched.body, signature: fetched.signature, publicKey: sub.publicKey, installedVersion: installed?.version, now, maxBytes: deps.maxBytes, ...engine,
  });
  return record(await accept(deps.store, sub.id, result, fetched.etag, installed?.version, now), now);
}

/** Installs an accepted feed; maps a refusal to an outcome. */
async function accept(store: FeedStore, subId: string, result: FeedAccepted<CompiledRuleSet> | FeedRejection, etag: string | undefined, previous: number | undefined, now: Date): Promise<UpdateOutcome> {
  if (!result.ok) {
    // A host without ETags serves the same feed every day: that is a good check, not a failure.
    if (result.code === 'same-version' && previous !== undefined) return { kind: 'unchanged', version: previous, code: result.code };
    return { kind: 'failed', code: result.code, reason: result.reason };
  }
  try {
    await store.install(subId, result.feed, etag, now);
  } catch (e) {
    return { kind: 'failed', code: 'store', reason: `the feed was valid but could not be saved: ${errorText(e)}` };
  }
  return { kind: 'installed', version: result.feed.version, ...(previous !== undefined ? { previousVersion: previous } : {}), warnings: result.warnings };
}

async function finish(store: FeedStore, subId: string, outcome: UpdateOutcome, at: Date): Promise<UpdateOutcome> {
  const check: CheckRecord = outcome.kind === 'failed' ? { at, ok: false, code: outcome.code, reason: outcome.reason }
    : outcome.kind === 'unchanged' ? { at, ok: true, code: outcome.code } : { at, ok: true };
  try {
    await store.recordCheck(subId, check);
  } catch (e) {
    // The outcome matters more than its log line; the caller still learns what happened.
    console.error(`[Recruit Radar] could not record the check of ${subId}:`, e);
  }
  return outcome;
}

/** The copy shipped inside the extension: feed.json, its .minisig and the key that signed it (lib/cli/feed-bundle.ts). */
export interface BundledFeed {
  body: Uint8Array | string;
  signature: string;
  publicKey: string;
}

/**
 * Installs the bundled copy through the same verifyFeed, signature included (docs/feeds.md,
 * "Bundled feed"), with two relaxations so the user is never left without rules: an older or
 * equal copy than the installed one is `unchanged`, and a wrong clock (or an install long after
 * the build) cannot refuse it as expired or not yet published. The UI warns on expiry.
 */
export async function installBundled(bundle: BundledFeed, deps: { store: FeedStore; now(): Date }, subId = BASELINE_SUBSCRIPTION_ID): Promise<UpdateOutcome> {
  const body = typeof bundle.body === 'string' ? new TextEncoder().encode(bundle.body) : bundle.body;
  const now = deps.now();
  const read = await readInstalled(deps.store, subId);
  if ('kind' in read) return read;
  const installed = read.row;
  const input = { body, signature: bundle.signature, publicKey: bundle.publicKey, installedVersion: installed?.version, ...engine };
  let result = await verifyFeed({ ...input, now });
  if (!result.ok && (result.code === 'expired' || result.code === 'future-publish')) {
    // Schema and signature already passed (dates are checked after them), so this parse is safe.
    const published = Date.parse((JSON.parse(new TextDecoder().decode(body)) as { publishedAt: string }).publishedAt);
    result = await verifyFeed({ ...input, now: new Date(published) });
  }
  if (!result.ok && installed !== undefined && (result.code === 'rollback' || result.code === 'same-version')) {
    return { kind: 'unchanged', version: installed.version, code: result.code };
  }
  const outcome = await accept(deps.store, subId, result, undefined, installed?.version, now);
  // Only a failure is worth a line on the options page: it means a broken build.
  return outcome.kind === 'failed' ? finish(deps.store, subId, { ...outcome, reason: `bundled feed: ${outcome.reason}` }, now) : outcome;
}

export interface ActiveFeeds {
  merged: MergedFeeds;
  compiled: CompiledRuleSet;
  feeds: { subscriptionId: string; version: number; publisher: string; expiresAt: string; expired: boolean }[];
  /** Installed rows that no longer read as a feed (e.g. after a schema change); they are left out. */
  problems: { subscriptionId: string; reason: string }[];
}

/**
 * The active rule set: every enabled subscription's installed feed, merged by priority
 * (lib/feed/merge.ts) and compiled once. Subscriptions hold the priorities, so they are passed in.
 */
export async function mergeActive(store: FeedStore, subscriptions: readonly Subscription[], now: Date = new Date()): Promise<ActiveFeeds> {
  const subscribed: Subscribed[] = [];
  const feeds: ActiveFeeds['feeds'] = [];
  const problems: ActiveFeeds['problems'] = [];
  for (const sub of subscriptions) {
    if (!sub.enabled) continue;
    const row = await store.getInstalled(sub.id);
    if (row === undefined) continue;
    let json: unknown;
    try {
      json = JSON.parse(row.feedJson);
    } catch {
      json = undefined; // reported by the schema check just below
    }
    const parsed = FeedSchema.safeParse(json);
    if (!parsed.success) {
      problems.push({ subscriptionId: sub.id, reason: `the stored feed no longer matches the schema: ${parsed.error.issues[0]?.message ?? ''}` });
      continue;
    }
    const feed = parsed.data;
    subscribed.push({ feed, priority: sub.priority });
    feeds.push({ subscriptionId: sub.id, version: feed.version, publisher: feed.publisher.id, expiresAt: feed.expiresAt, expired: isExpired(feed, now) });
  }
  const merged = mergeFeeds(subscribed);
  const subOf = (ruleId: string) => feeds.find((f) => f.publisher === merged.ruleOrigin.get(ruleId))?.subscriptionId ?? '';
  // Every rule compiled inside its own feed; skipping (not throwing) keeps the rest working if one no longer does.
  const compiled = compileRuleSet(merged.rules, {
    benchmarks: merged.benchmarks,
    feedVersion: feeds.length > 0 ? Math.max(...feeds.map((f) => f.version)) : undefined,
    onError: (e) => problems.push({ subscriptionId: subOf(e.ruleId), reason: e.message }),
  });
  return { merged, compiled, feeds, problems };
}
