import { afterAll, beforeAll } from 'vitest';
import { LEVELS } from '../../../lib/engine/verdict';
import { ensureBuilt } from './build';
import { chromiumAvailable, launch, type Session } from './chromium';
import { SITE_HOSTS, startServer, type TestServer } from './server';

export const RUN_E2E = chromiumAvailable();
export const LEVEL_NAMES: readonly string[] = LEVELS;

export interface E2E {
  session: Session;
  server: TestServer;
}

/** One built extension, one test server and one browser per test file. */
export function useExtension(): E2E {
  const e2e = {} as E2E;
  beforeAll(async () => {
    if (!RUN_E2E) return;
    const ext = await ensureBuilt('chrome');
    e2e.server = await startServer();
    e2e.session = await launch(ext, e2e.server.port, SITE_HOSTS);
  }, 300_000);
  afterAll(async () => {
    await e2e.session?.close();
    await e2e.server?.close();
  });
  return e2e;
}

/**
 * Requests that did not stay on this machine: anything but the test server (also under the
 * mapped site names), `also` (e.g. a feed server's host:port), the extension itself, and the
 * browser's own pages (chrome://, never a network request).
 */
export function foreignRequests(urls: readonly string[], port: number, also: readonly string[] = []): string[] {
  const ok = new Set([`127.0.0.1:${port}`, ...SITE_HOSTS, ...also]);
  return urls.filter((u) => {
    const url = new URL(u);
    if (['chrome-extension:', 'chrome:', 'data:', 'blob:', 'about:'].includes(url.protocol)) return false;
    return !ok.has(url.host);
  });
}
