import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../lib/feed/fetch';
import { baselineSubscription, isAllowedFeedUrl, SubscriptionSchema } from '../../lib/feed/subscription';
import { PUBLIC_KEY } from './fixtures';

/** A real HTTP server on 127.0.0.1 (port 0), recording every request it gets. */
interface TestServer {
  base: string;
  port: number;
  requests: IncomingMessage[];
}
const servers: Server[] = [];

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<TestServer> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, port, requests };
}

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((done) => s.close(done));
  }
});

const FEED = '{"format":1,"version":1}';
const SIG = 'untrusted comment: x\nRWQ=\ntrusted comment: y\nAA==\n';

/** Serves /feed.json (ETag "v1", 304 on match) and /feed.json.minisig. */
function feedHandler(req: IncomingMessage, res: ServerResponse): void {
  if (req.url === '/feed.json') {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { ETag: '"v1"' }).end();
    return void res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"v1"' }).end(FEED);
  }
  if (req.url === '/feed.json.minisig') return void res.writeHead(200, { 'Content-Type': 'text/plain' }).end(SIG);
  res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
}

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const sub = (url: string) => ({ url });

describe('fetchFeed', () => {
  it('GETs the feed and its .minisig (two requests, no cookies, no ETag the first time)', async () => {
    const s = await serve(feedHandler);
    const inits: RequestInit[] = [];
    const spy: typeof fetch = (input, init) => {
      inits.push(init ?? {});
      return fetch(input, init);
    };
    const r = await fetchFeed(sub(`${s.base}/feed.json`), { fetch: spy });
    expect(r).toEqual({ kind: 'fetched', body: expect.any(Uint8Array), signature: SIG, etag: '"v1"' });
    if (r.kind === 'fetched') expect(text(r.body)).toBe(FEED);
    expect(s.requests.map((q) => [q.method, q.url])).toEqual([['GET', '/feed.json'], ['GET', '/feed.json.minisig']]);
    expect(s.requests[0]!.headers['if-none-match']).toBeUndefined();
    expect(s.requests[0]!.headers.cookie).toBeUndefined();
    for (const init of inits) expect(init).toMatchObject({ cache: 'no-store', credentials: 'omit', redirect: 'follow' });
  });

  it('sends If-None-Match and reports 304 as not-modified without fetching the signature', async () => {
    const s = await serve(feedHandler);
    expect(await fetchFeed(sub(`${s.base}/feed.json`), { fetch, etag: '"v1"' })).toEqual({ kind: 'not-modified' });
    expect(s.requests).toHaveLength(1);
    expect(s.requests[0]!.headers['if-none-match']).toBe('"v1"');
  });

  it('downloads again when the ETag no longer matches', async () => {
    const s = await serve(feedHandler);
    const r = await fetchFeed(sub(`${s.base}/feed.json`), { fetch, etag: '"old"' });
    expect(r).toMatchObject({ kind: 'fetched', etag: '"v1"' });
  });

  it('follows a redirect on the same host', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/old.json') return void res.writeHead(301, { Location: '/feed.json' }).end();
      if (req.url === '/old.json.minisig') return void res.writeHead(302, { Location: '/feed.json.minisig' }).end();
      feedHandler(req, res);
    });
    const r = await fetchFeed(sub(`${s.base}/old.json`), { fetch });
    expect(r).toMatchObject({ kind: 'fetched', signature: SIG });
    expect(s.requests.map((q) => q.url)).toEqual(['/old.json', '/feed.json', '/old.json.minisig', '/feed.json.minisig']);
  });

  it('refuses a redirect to another host name', async () => {
    // localhost resolves to this same server; only the host name differs from the subscription's.
    const s = await serve((req, res) => {
      if (req.headers.host?.startsWith('localhost')) return void res.writeHead(302, { Location: `${s.base}/feed.json` }).end();
      feedHandler(req, res);
    });
    const r = await fetchFeed(sub(`http://localhost:${s.port}/feed.json`), { fetch });
    expect(r).toMatchObject({ kind: 'failed', code: 'redirect-other-host' });
    expect(s.requests.some((q) => q.url === '/feed.json.minisig')).toBe(false);
  });

  it('refuses a redirect to another port (another origin)', async () => {
    const other = await serve(feedHandler);
    const s = await serve((_req, res) => void res.writeHead(302, { Location: `${other.base}/feed.json` }).end());
    expect(await fetchFeed(sub(`${s.base}/feed.json`), { fetch })).toMatchObject({ kind: 'failed', code: 'redirect-other-host' });
  });

  it('reports a body cut mid-download as a network failure', async () => {
    const big = 'x'.repeat(200_000);
    const s = await serve((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': big.length });
      res.write(big.slice(0, big.length / 2), () => setTimeout(() => req.socket.destroy(), 20));
    });
    const r = await fetchFeed(sub(`${s.base}/feed.json`), { fetch });
    expect(r).toMatchObject({ kind: 'failed', code: 'network' });
    if (r.kind === 'failed') expect(r.reason.length).toBeGreaterThan(0);
  });

  it('reports a refused connection as a network failure', async () => {
    const s = await serve(feedHandler);
    servers.pop()!.close();
    await new Promise((done) => setTimeout(done, 20));
    expect(await fetchFeed(sub(`${s.base}/feed.json`), { fetch })).toMatchObject({ kind: 'failed', code: 'network' });
  });

  it('stops an endless body soon after maxBytes, long before the server is done', async () => {
    const total = 64 * 1024 * 1024;
    let sent = 0;
    let closed!: () => void;
    const finished = new Promise<void>((done) => (closed = done));
    const s = await serve(async (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }); // chunked: no Content-Length to go by
      res.on('close', closed);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      while (sent < total && !res.destroyed) {
        const more = res.write(chunk);
        sent += chunk.length;
        if (!more) {
          await new Promise<void>((d) => {
            const go = () => { res.off('drain', go); res.off('close', go); d(); };
            res.on('drain', go).on('close', go);
          });
        }
      }
      res.end();
    });
    const r = await fetchFeed(sub(`${s.base}/feed.json`), { fetch, maxBytes: 256 * 1024 });
    expect(r).toMatchObject({ kind: 'failed', code: 'oversize' });
    await finished;
    // Socket buffers hold a few MB at most; the point is that it is nowhere near the 64 MB offered.
    expect(sent).toBeLessThan(total / 4);
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 10_000_000 });
      res.write('{');
    });
    const r = await fetchFeed(sub(`${s.base}/feed.json`), { fetch });
    expect(r).toMatchObject({ kind: 'failed', code: 'oversize' });
  });

  it('caps the signature file too', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/feed.json.minisig') return void res.writeHead(200).end('a'.repeat(100_000));
      feedHandler(req, res);
    });
    expect(await fetchFeed(sub(`${s.base}/feed.json`), { fetch })).toMatchObject({ kind: 'failed', code: 'oversize' });
  });

  it('calls an HTML page (captive portal, error page) not-json', async () => {
    const s = await serve((_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<html>Log in to the Wi-Fi</html>'));
    expect(await fetchFeed(sub(`${s.base}/feed.json`), { fetch })).toMatchObject({ kind: 'failed', code: 'not-json' });
    expect(s.requests).toHaveLength(1);
  });

  it.each([404, 500, 503])('reports HTTP %i as http-<status>', async (status) => {
    const s = await serve((_req, res) => void res.writeHead(status, { 'Content-Type': 'text/html' }).end('<h1>error</h1>'));
    expect(await fetchFeed(sub(`${s.base}/feed.json`), { fetch })).toMatchObject({ kind: 'failed', code: `http-${status}` });
  });

  it('reports a missing signature file with the status and says which file', async () => {
    const s = await serve((req, res) => (req.url === '/feed.json' ? feedHandler(req, res) : void res.writeHead(404).end()));
    const r = await fetchFeed(sub(`${s.base}/feed.json`), { fetch });
    expect(r).toMatchObject({ kind: 'failed', code: 'http-404', reason: expect.stringContaining('signature') });
  });

  it('times out when the server never answers', async () => {
    await serve(() => undefined);
    const s = servers.at(-1)!.address() as AddressInfo;
    const started = Date.now();
    const r = await fetchFeed(sub(`http://127.0.0.1:${s.port}/feed.json`), { fetch, timeoutMs: 200 });
    expect(r).toMatchObject({ kind: 'failed', code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('times out when the body stalls half way', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 1000 });
      res.write('{"format":');
    });
    expect(await fetchFeed(sub(`${s.base}/feed.json`), { fetch, timeoutMs: 200 })).toMatchObject({ kind: 'failed', code: 'timeout' });
  });

  it('stops when the caller aborts, and makes no request when already aborted', async () => {
    const s = await serve(() => undefined);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    expect(await fetchFeed(sub(`${s.base}/feed.json`), { fetch, signal: ac.signal })).toMatchObject({ kind: 'failed', code: 'aborted' });
    const before = s.requests.length;
    expect(await fetchFeed(sub(`${s.base}/feed.json`), { fetch, signal: ac.signal })).toMatchObject({ kind: 'failed', code: 'aborted' });
    expect(s.requests.length).toBe(before);
  });

  it('makes no request without a URL or with a URL outside the policy', async () => {
    let calls = 0;
    const spy: typeof fetch = () => {
      calls++;
      return Promise.reject(new Error('must not be called'));
    };
    expect(await fetchFeed({}, { fetch: spy })).toMatchObject({ kind: 'failed', code: 'no-url' });
    expect(await fetchFeed(sub('http://example.org/feed.json'), { fetch: spy })).toMatchObject({ kind: 'failed', code: 'bad-url' });
    expect(calls).toBe(0);
  });
});

describe('subscriptions', () => {
  it.each([
    ['https://feeds.example.org/feed.json', true],
    ['http://127.0.0.1:8787/feed.json', true],
    ['http://localhost:8787/feed.json', true],
    ['http://example.org/feed.json', false],
    ['http://10.0.0.1/feed.json', false],
    ['https://user:pw@example.org/feed.json', false],
    ['https://example.org/feed.json#x', false],
    ['ftp://example.org/feed.json', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('URL %s allowed: %s', (url, ok) => {
    expect(isAllowedFeedUrl(url)).toBe(ok);
  });

  it('pins a valid minisign key and a kebab id', () => {
    const good = { id: 'ngo-feed', url: 'https://example.org/feed.json', publicKey: PUBLIC_KEY, priority: 10, enabled: true, addedAt: '2026-07-01T00:00:00Z' };
    expect(SubscriptionSchema.safeParse(good).success).toBe(true);
    expect(SubscriptionSchema.safeParse({ ...good, publicKey: 'RWQnotakey' }).success).toBe(false);
    expect(SubscriptionSchema.safeParse({ ...good, id: 'NGO feed' }).success).toBe(false);
    expect(SubscriptionSchema.safeParse({ ...good, priority: 1.5 }).success).toBe(false);
    expect(SubscriptionSchema.safeParse({ ...good, extra: 1 }).success).toBe(false);
  });

  it('the baseline subscription is bundled-only: no URL, so it never polls a host', () => {
    const s = baselineSubscription(PUBLIC_KEY, new Date('2026-07-01T00:00:00Z'));
    expect(s).toEqual({ id: 'recruit-radar-baseline', publicKey: PUBLIC_KEY, priority: 0, enabled: true, addedAt: '2026-07-01T00:00:00.000Z' });
    expect(s.url).toBeUndefined();
  });
});
