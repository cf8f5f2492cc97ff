import { parsePublicKey } from '../feed/minisign-key';
import { BASELINE_SUBSCRIPTION_ID, baselineSubscription, DEFAULT_PRIORITY, isAllowedFeedUrl, SubscriptionSchema, type Subscription } from '../feed/subscription';
import type { RadarDb } from './db';

/**
 * Feed subscriptions in Dexie. Every row is parsed with lib/feed's SubscriptionSchema on the way
 * in and on the way out: a row damaged on disk is skipped (and logged), never trusted, so a bad
 * row cannot point the updater at a URL or key the user did not give.
 */
export async function listSubscriptions(db: RadarDb): Promise<Subscription[]> {
  const out: Subscription[] = [];
  for (const row of await db.subscriptions.toArray()) {
    const parsed = SubscriptionSchema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
    else console.error(`[Recruit Radar] ignoring a damaged feed subscription (${String(row.id)}):`, parsed.error.issues[0]?.message);
  }
  // Baseline last, then by priority, then by when added: the order the options page shows.
  return out.sort((a, b) => Number(a.id === BASELINE_SUBSCRIPTION_ID) - Number(b.id === BASELINE_SUBSCRIPTION_ID) || b.priority - a.priority || a.addedAt.localeCompare(b.addedAt));
}

export async function getSubscription(db: RadarDb, id: string): Promise<Subscription | undefined> {
  const parsed = SubscriptionSchema.safeParse(await db.subscriptions.get(id));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Creates or refreshes the baseline subscription. Its key is the one that signed the copy inside
 * this build (a build without a release key signs with a throwaway key), so it is re-pinned on
 * every worker start; the baseline has no URL, so that key only ever verifies the bundled copy.
 */
export async function ensureBaseline(db: RadarDb, bundledPublicKey: string, now: Date): Promise<Subscription> {
  return db.transaction('rw', db.subscriptions, async () => {
    const current = SubscriptionSchema.safeParse(await db.subscriptions.get(BASELINE_SUBSCRIPTION_ID));
    const sub = baselineSubscription(bundledPublicKey, current.success ? new Date(current.data.addedAt) : now);
    await db.subscriptions.put(sub);
    return sub;
  });
}

/** The host permission a feed needs, as a match pattern (ports are not part of match patterns). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

export type NewSubscription = { ok: true; subscription: Subscription } | { ok: false; message: string };

/** Why a feed address is refused, in words a user can act on; undefined when it is fine. */
export function feedUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'That is not a web address. Copy the feed address the publisher gave, starting with https://.';
  }
  if (url.protocol === 'http:' && !['127.0.0.1', 'localhost'].includes(url.hostname)) {
    return 'Feeds must use https://. Plain http:// is allowed only for 127.0.0.1 or localhost, for testing.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Feeds must use an https:// address.';
  if (url.username || url.password) return 'Remove the user name and password from the address.';
  if (url.hash) return 'Remove the #part from the end of the address.';
  return isAllowedFeedUrl(url.href) ? undefined : 'This address cannot be used for a feed.';
}

/** Why a public key is refused; undefined when it parses as a minisign key. */
export function publicKeyProblem(text: string): string | undefined {
  try {
    parsePublicKey(text.trim());
    return undefined;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return `That is not a minisign public key (${why}). Paste the publisher's .pub file or its key line, which starts with "RW".`;
  }
}

/** A short stable id from the address: readable host part plus a hash, so two feeds on one host differ. */
export function subscriptionIdFor(url: string): string {
  const host = new URL(url).hostname.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193) >>> 0;
  return `feed-${host || 'host'}-${h.toString(36)}`;
}

/**
 * Validates what the user typed and builds the subscription, pinning the key now: it is never
 * taken from the server or the feed later. Refuses a feed the user already has.
 */
export function newSubscription(input: { url: string; publicKey: string }, existing: readonly Subscription[], now: Date): NewSubscription {
  const urlProblem = feedUrlProblem(input.url);
  if (urlProblem) return { ok: false, message: urlProblem };
  const keyProblem = publicKeyProblem(input.publicKey);
  if (keyProblem) return { ok: false, message: keyProblem };
  const url = new URL(input.url.trim()).href;
  if (existing.some((s) => s.url === url)) return { ok: false, message: 'You already subscribe to this feed.' };
  const parsed = SubscriptionSchema.safeParse({
    id: subscriptionIdFor(url), url, publicKey: input.publicKey.trim(), priority: DEFAULT_PRIORITY, enabled: true, addedAt: now.toISOString(),
  });
  if (!parsed.success) return { ok: false, message: `This feed cannot be added: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  return { ok: true, subscription: parsed.data };
}
