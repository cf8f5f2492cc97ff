import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { hostilePage } from './hostile-pages';

/** Real saved job-site pages, read in place (shared/README.md: never copied into the project). */
export const SHARED_PAGES = [resolve(process.cwd(), '../shared/fixtures/pages'), '/work/shared/fixtures/pages'].find(existsSync);
const OWN_PAGES = resolve(process.cwd(), 'tests/e2e/pages');

/**
 * Real pages under the host names their site adapters know (Chromium maps these hosts to this
 * server, see chromium.ts). Keys are host + path prefix.
 */
export const SITE_PAGES: Record<string, string> = {
  'www.linkedin.com/jobs/search/': 'linkedin/linkedin_jobs_search_results_2020a.html',
  'www.linkedin.com/jobs/view/': 'linkedin/linkedin_guest_job_posting.html',
  'www.seek.com.au/jobs': 'seek/seek_au_search_results_2020a.html',
  'www.indeed.com/viewjob': 'indeed/us_viewjob_canonical_engineering_manager.html',
};
export const SITE_HOSTS = [...new Set(Object.keys(SITE_PAGES).map((k) => k.split('/')[0]!))];

export interface TestServer {
  port: number;
  /** http://127.0.0.1:port + path */
  url(path: string): string;
  /** Every request: host header and path. */
  requests: { host: string; path: string }[];
  close(): Promise<void>;
}

/**
 * Saved pages still point at their sites' scripts, trackers and images. This policy stops the
 * PAGE from loading them (so the network check below sees only what the extension does; a
 * content script's own requests are not governed by the page's CSP).
 */
const SAVED_PAGE_CSP = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'none'";

function send(res: ServerResponse, status: number, body: string | Buffer, csp?: string) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(csp ? { 'content-security-policy': csp } : {}) });
  res.end(body);
}

function safeJoin(base: string, rel: string): string | undefined {
  const p = normalize(join(base, decodeURIComponent(rel)));
  return p.startsWith(base + '/') && existsSync(p) ? p : undefined;
}

export async function startServer(): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({ host: req.headers.host ?? '', path: url.pathname + url.search });
    if (host !== '127.0.0.1') {
      const key = Object.keys(SITE_PAGES).find((k) => `${host}${url.pathname}`.startsWith(k));
      const file = key && SHARED_PAGES ? safeJoin(SHARED_PAGES, SITE_PAGES[key]!) : undefined;
      return file ? send(res, 200, readFileSync(file), SAVED_PAGE_CSP) : send(res, 404, 'not found');
    }
    const m = /^\/(own|real|hostile|spa)\/(.+)$/.exec(url.pathname);
    if (m?.[1] === 'own') {
      const file = safeJoin(OWN_PAGES, m[2]!);
      return file ? send(res, 200, readFileSync(file)) : send(res, 404, 'not found');
    }
    if (m?.[1] === 'real' && SHARED_PAGES) {
      const file = safeJoin(SHARED_PAGES, m[2]!);
      return file ? send(res, 200, readFileSync(file), SAVED_PAGE_CSP) : send(res, 404, 'not found');
    }
    // The single-page app answers every one of its routes with the same document.
    if (m?.[1] === 'spa') return send(res, 200, readFileSync(join(OWN_PAGES, 'spa.html')));
    if (m?.[1] === 'hostile') return send(res, 200, hostilePage(Number.parseInt(m[2]!, 10) || 0));
    send(res, 404, 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
