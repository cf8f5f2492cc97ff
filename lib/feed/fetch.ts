import { DEFAULT_MAX_BYTES } from './checks/bytes';
import { isAllowedFeedUrl, type Subscription } from './subscription';

/**
 * Downloads a subscription's feed and its `.minisig`: exactly two GETs (one when the server says
 * 304), nothing else. Nothing here is trusted; the caller runs verifyFeed on what comes back.
 * This layer only refuses what can be refused without parsing, and stops reading early, so a
 * hostile or broken server cannot make the client hold more than maxBytes.
 */
export type FetchOutcome =
  | { kind: 'not-modified' }
  | { kind: 'fetched'; body: Uint8Array; signature: string; etag?: string }
  | { kind: 'failed'; code: string; reason: string };

export interface FetchFeedOptions {
  fetch: typeof fetch;
  /** ETag of the installed feed; a 304 answer means nothing changed. */
  etag?: string;
  maxBytes?: number;
  /** For the whole exchange: both requests and both bodies. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** A real signature is about 300 bytes; verifyFeed refuses more than 16 KB anyway. */
const MAX_SIGNATURE_BYTES = 16 * 1024;

class Failure extends Error {
  constructor(readonly code: string, reason: string) {
    super(reason);
  }
}

export async function fetchFeed(sub: Pick<Subscription, 'url'>, opts: FetchFeedOptions): Promise<FetchOutcome> {
  const { url } = sub;
  if (url === undefined) return { kind: 'failed', code: 'no-url', reason: 'this subscription has no URL (it is updated with the extension only)' };
  if (!isAllowedFeedUrl(url)) return { kind: 'failed', code: 'bad-url', reason: 'the feed URL must be https (or http on 127.0.0.1 / localhost)' };
  if (opts.signal?.aborted) return { kind: 'failed', code: 'aborted', reason: 'the update was cancelled' };

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs ?? 30_000);
  const onAbort = () => controller.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const ctx = { fetch: opts.fetch, signal: controller.signal, origin: new URL(url).origin };
    const feed = await get(ctx, url, opts.etag);
    if (feed.status === 304 && opts.etag !== undefined) {
      await feed.body?.cancel().catch(() => undefined);
      return { kind: 'not-modified' };
    }
    checkResponse(feed, 'feed');
    const body = await readCapped(feed, opts.maxBytes ?? DEFAULT_MAX_BYTES, 'feed', controller);
    const sig = await get(ctx, `${url}.minisig`, undefined);
    checkResponse(sig, 'signature');
    const sigBytes = await readCapped(sig, MAX_SIGNATURE_BYTES, 'signature', controller);
    const etag = feed.headers.get('etag') ?? undefined;
    return { kind: 'fetched', body, signature: new TextDecoder().decode(sigBytes), ...(etag ? { etag } : {}) };
  } catch (e) {
    if (e instanceof Failure) return { kind: 'failed', code: e.code, reason: e.message };
    if (timedOut) return { kind: 'failed', code: 'timeout', reason: `no complete answer within ${opts.timeoutMs ?? 30_000} ms` };
    if (opts.signal?.aborted) return { kind: 'failed', code: 'aborted', reason: 'the update was cancelled' };
    return { kind: 'failed', code: 'network', reason: describe(e) };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
    controller.abort(); // releases any connection still open after a failure
  }
}

interface Ctx {
  fetch: typeof fetch;
  signal: AbortSignal;
  origin: string;
}

/**
 * One GET. Redirects are followed ('manual' yields an opaque, unreadable response in browsers, so
 * a same-host redirect could not work there), then the final URL must still be on the
 * subscription's origin: the other host receives one cookie-less GET, but nothing it sends is used.
 */
async function get(ctx: Ctx, url: string, etag: string | undefined): Promise<Response> {
  const res = await ctx.fetch(url, {
    method: 'GET',
    cache: 'no-store', // the ETag is ours to send; a browser cache would only hide updates
    credentials: 'omit', // a feed is public: never send the user's cookies for that host
    redirect: 'follow',
    referrerPolicy: 'no-referrer',
    headers: etag === undefined ? {} : { 'If-None-Match': etag },
    signal: ctx.signal,
  });
  // response.url is '' for synthetic responses (tests, some polyfills): then no redirect happened.
  const final = res.url === '' ? url : res.url;
  let origin: string;
  try {
    origin = new URL(final).origin;
  } catch {
    origin = 'null';
  }
  if (origin !== ctx.origin) {
    await res.body?.cancel().catch(() => undefined);
    throw new Failure('redirect-other-host', `the server redirected to ${origin}, another host than the subscription's ${ctx.origin}`);
  }
  return res;
}

function checkResponse(res: Response, what: 'feed' | 'signature'): void {
  if (res.status < 200 || res.status > 299) {
    void res.body?.cancel().catch(() => undefined);
    throw new Failure(`http-${res.status}`, `the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for the ${what}`);
  }
  // Captive portals and error pages are HTML: say so instead of a confusing "bad signature".
  const type = res.headers.get('content-type') ?? '';
  if (/^\s*(text\/html|application\/xhtml\+xml)\b/i.test(type)) {
    void res.body?.cancel().catch(() => undefined);
    throw new Failure('not-json', `the server sent a web page (${type.split(';')[0]}) instead of the ${what}`);
  }
}

/**
 * Reads a body with a running byte count and stops at the first chunk past the cap, so an
 * endless or huge answer costs at most `max` bytes of memory (plus one chunk), never its size.
 */
async function readCapped(res: Response, max: number, what: string, controller: AbortController): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) {
    controller.abort();
    throw new Failure('oversize', `the ${what} is ${declared} bytes, over the ${max}-byte limit`);
  }
  if (res.body === null) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      controller.abort();
      throw new Failure('oversize', `the ${what} is over the ${max}-byte limit; the download was stopped at ${total} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** fetch's errors say little ("fetch failed", "terminated"); the cause says what happened. */
function describe(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : undefined;
  return cause && cause !== msg ? `${msg}: ${cause}` : msg;
}
