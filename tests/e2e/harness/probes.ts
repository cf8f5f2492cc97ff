import type { Page, Worker } from 'playwright-core';
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
export async function shadowContents(page: Page, selector: string, limit = 5): Promise<ShadowContent[]> {
  const cdp = await page.context().newCDPSession(page);
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
    await cdp.detach().catch(() => undefined);
  }
}
