import { z } from 'zod';
import { parsePublicKey } from './minisign-key';
import { KebabId } from './schema';

/**
 * A feed subscription: where to fetch a feed and the one key allowed to sign it. The key is
 * pinned when the user subscribes (never taken from the feed or the server), so whoever controls
 * the host, a mirror or the network can at most withhold updates, never change the rules.
 */

/** Only these loopback names may use plain http, for `feed-serve` during local testing. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);
const MAX_URL_CHARS = 2_000;

/**
 * https everywhere; http only on the loopback host. No user:password in the URL (it would be
 * stored and shown in clear), and no fragment (never sent to a server, so it can only confuse).
 */
export function isAllowedFeedUrl(text: string): boolean {
  if (text.length > MAX_URL_CHARS) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '' || url.hash !== '') return false;
  if (url.protocol === 'https:') return url.hostname !== '';
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

function isPublicKey(text: string): boolean {
  try {
    parsePublicKey(text);
    return true;
  } catch {
    return false;
  }
}

export const SubscriptionSchema = z.strictObject({
  id: KebabId,
  /** Absent: the subscription is fed by the copy bundled with the extension only. */
  url: z.string().refine(isAllowedFeedUrl, 'a feed URL is https (or http://127.0.0.1 / http://localhost for local testing), without user:password or #fragment').optional(),
  /** minisign public key: the `.pub` file text or the bare base64 line. */
  publicKey: z.string().max(500).refine(isPublicKey, 'not a minisign public key (expected the .pub file or its base64 line)'),
  /** Higher wins when feeds supply the same rule id (lib/feed/merge.ts). */
  priority: z.number().int().min(-1_000).max(1_000),
  enabled: z.boolean(),
  addedAt: z.iso.datetime({ offset: true }),
});

export type Subscription = z.output<typeof SubscriptionSchema>;

export const BASELINE_SUBSCRIPTION_ID = 'recruit-radar-baseline';
/** The baseline ranks below any feed the user adds (default 10), so a national feed can refine it. */
export const BASELINE_PRIORITY = 0;
export const DEFAULT_PRIORITY = 10;

/**
 * The baseline subscription, fed by the copy bundled with the extension. It has no URL on
 * purpose: no publisher hosts the baseline yet, so it updates only with extension releases
 * (docs/feeds.md, "Bundled feed"). Inventing a URL would make every install poll a host nobody
 * controls. When a publisher hosts it, a release adds the URL and the publisher's key here.
 *
 * `bundledPublicKey` is the key that signed the bundled copy (the feed.pub that
 * lib/cli/feed-bundle.ts's buildBundle makes; the extension build hands it to the background in
 * the `virtual:bundled-feed` module), passed in, which keeps this module free of build artefacts.
 */
export function baselineSubscription(bundledPublicKey: string, addedAt: Date): Subscription {
  return SubscriptionSchema.parse({
    id: BASELINE_SUBSCRIPTION_ID,
    publicKey: bundledPublicKey.trim(),
    priority: BASELINE_PRIORITY,
    enabled: true,
    addedAt: addedAt.toISOString(),
  });
}
