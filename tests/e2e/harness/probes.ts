import type { CDPSession, Page, Worker } from 'playwright-core';
import type { PageResults } from '../../../lib/ext/results';

/** The extension API inside sw.evaluate callbacks (they run in the service worker, not in Node). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

/** Tests talk to the extension the way its own parts do: from the service worker, by tab id. */

/** The content script's results for the tab showing `url` (undefined until it answers). */
export async function resultsFor(sw: Worker, url: string): Promise<(PageResults & { tabId: number }) | undefined> {
  return sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    for (const t of tabs) {
      if (t.id === undefined) continue;
      try {
        const r = (await chrome.tabs.sendMessage(t.id, { type: 'get-results' })) as PageResults | undefined;
        if (r && r.url === u) return { ...r, tabId: t.id };
      } catch {
        /* no content script in that tab (yet) */
      }
    }
    return undefined;
  }, url);
}

/** Waits until the tab showing `url` has screened at least `min` postings. */
export async function waitForResults(sw: Worker, page: Page, min = 1, timeoutMs = 20_000): Promise<PageResults & { tabId: number }> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const r = await resultsFor(sw, page.url());
    if (r && r.active && r.items.length + r.more >= min) return r;
    if (Date.now() > end) throw new Error(`no results for ${page.url()} after ${timeoutMs} ms (last: ${JSON.stringify(r)?.slice(0, 300)})`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

/** Sends a content-script command from the service worker, as the background does. */
export function sendToTab(sw: Worker, tabId: number, msg: unknown): Promise<PageResults> {
  return sw.evaluate(([id, m]) => chrome.tabs.sendMessage(id as number, m) as Promise<PageResults>, [tabId, msg] as const);
}

/** data-risk-level of every badge host in the page, in document order. */
export function badgeLevels(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('recruit-radar-badge')].map((h) => h.getAttribute('data-risk-level') ?? ''));
}

interface CdpNode {
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export interface ShadowContent {
  level: string | undefined;
  text: string;
  /** Element names found inside the closed shadow root. */
  tags: Set<string>;
}

/**
 * Reads our closed shadow roots through CDP (DOM.describeNode with pierce), which is how a test
 * (not a page) can see inside them. `limit` caps the hosts read on pages with thousands.
 */
export async function shadowContents(page: Page, selector: string, limit = 5, session?: CDPSession): Promise<ShadowContent[]> {
  const cdp = session ?? (await page.context().newCDPSession(page));
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector })) as { nodeIds: number[] };
    const out: ShadowContent[] = [];
    for (const nodeId of nodeIds.slice(0, limit)) {
      const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as { node: CdpNode & { attributes?: string[] } };
      const attrs = node.attributes ?? [];
      const level = attrs[attrs.indexOf('data-risk-level') + 1];
      const tags = new Set<string>();
      let text = '';
      const walk = (n: CdpNode) => {
        if (n.nodeType === 3) text += n.nodeValue ?? '';
        else if (n.nodeType === 1) tags.add(n.nodeName);
        for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c);
      };
      for (const sr of node.shadowRoots ?? []) walk(sr);
      out.push({ level: attrs.includes('data-risk-level') ? level : undefined, text, tags });
    }
    return out;
  } finally {
    if (!session) await cdp.detach().catch(() => undefined);
  }
}

/** Evaluates in the page's main world through CDP: works even where the page replaced JSON.parse or Array.prototype.map. */
export async function mainWorld<T>(cdp: CDPSession, expression: string): Promise<T> {
  const r = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value?: T }; exceptionDetails?: unknown };
  if (r.exceptionDetails) throw new Error(`page evaluation failed: ${expression}`);
  return r.result.value as T;
}

/**
 * Collects errors from the extension's own world in a page (its uncaught exceptions, and its
 * console warnings and errors): Playwright's console events cover the page's main world only.
 */
export async function extensionErrors(cdp: CDPSession): Promise<string[]> {
  const ours = new Set<number>();
  const errors: string[] = [];
  type Ctx = { context: { id: number; origin: string } };
  type Console = { executionContextId: number; type: string; args: { value?: unknown; description?: string }[] };
  type Thrown = { exceptionDetails: { executionContextId?: number; text: string; exception?: { description?: string } } };
  cdp.on('Runtime.executionContextCreated', (e: Ctx) => {
    if (e.context.origin.startsWith('chrome-extension://')) ours.add(e.context.id);
  });
  cdp.on('Runtime.consoleAPICalled', (e: Console) => {
    if (ours.has(e.executionContextId) && (e.type === 'error' || e.type === 'warning')) errors.push(e.args.map((a) => a.description ?? String(a.value)).join(' '));
  });
  cdp.on('Runtime.exceptionThrown', (e: Thrown) => {
    const d = e.exceptionDetails;
    if (d.executionContextId !== undefined && ours.has(d.executionContextId)) errors.push(d.exception?.description ?? d.text);
  });
  await cdp.send('Runtime.enable');
  return errors;
}
