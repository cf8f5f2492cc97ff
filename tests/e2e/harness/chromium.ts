import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Request, type Worker } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether e2e tests can run. Without Chromium they are skipped with a loud warning, except on CI
 * (process.env.CI), where a missing browser is a failure: CI must run them.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must run the end-to-end tests (apt-get install -y chromium)`);
  console.warn(`\n!!! ${CHROMIUM} not found: SKIPPING the end-to-end tests. Install it with: apt-get install -y chromium !!!\n`);
  return false;
}

export interface Session {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  /** Every URL any page or the service worker requested (not counting what a page's CSP stopped). */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * Real headless Chromium with the unpacked extension (flags from guide/toolchain.md). `hosts`
 * maps job-site host names to the local test server, so site adapters see their real addresses;
 * every other host name fails to resolve, so nothing can leave the machine even by mistake.
 */
export async function launch(ext: string, port: number, hosts: readonly string[] = []): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'rr-profile-'));
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--host-resolver-rules=${rules}`,
    ],
  });
  const all: Request[] = [];
  const blocked = new Set<Request>();
  // Playwright reports service-worker requests too (it enables CDP Network on the worker's session).
  context.on('request', (r) => all.push(r));
  // Saved pages are served with a CSP that stops their own trackers: such requests are reported
  // but never leave the renderer (Playwright's failure text "csp"), so the browser made no request.
  context.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    if (why === 'csp' || why.includes('BLOCKED_BY_CSP')) blocked.add(r);
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    sw,
    extensionId,
    get requests() {
      return all.filter((r) => !blocked.has(r)).map((r) => r.url());
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
