import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rule } from '../ext/helpers/feed';
import { grantHost, publisher, serveFeed, type Publisher } from './harness/feeds';
import { waitForResults } from './harness/probes';
import { foreignRequests, RUN_E2E, useExtension } from './harness/session';

/**
 * A publisher's feed from build to refusal, in real Chromium: `feed:build` with a test key,
 * `feed:serve` on 127.0.0.1, subscribed in the options page, "Update now", a newer feed picked
 * up, then a feed altered after signing refused with the reason shown and the rules kept.
 */
const phraseRule = (id: string, phrase: string) =>
  rule(id, { match: { phrases: { en: [phrase] } }, examples: { match: [`You pay the ${phrase} first.`], noMatch: ['bring your passport'] } });
const FIRST = phraseRule('e2e-first-rule', 'zephyr visa bond');
const SECOND = phraseRule('e2e-second-rule', 'quokka training levy');
const THIRD = phraseRule('e2e-third-rule', 'warehouse picker');

describe.skipIf(!RUN_E2E)('rule feeds (Chromium)', () => {
  const e2e = useExtension();
  let pub: Publisher;
  let server: { url: string; close(): void };
  let options: Page;
  const v1 = Math.floor(Date.now() / 1000);
  const feedUrl = () => `${server.url}feed.json`;

  beforeAll(async () => {
    if (!RUN_E2E) return;
    pub = publisher({ id: 'e2e-test-ngo', name: 'E2E test NGO' });
    pub.build(v1, [FIRST]);
    server = await serveFeed(pub.out);
    options = await e2e.session.context.newPage();
    await options.goto(`chrome-extension://${e2e.session.extensionId}/options.html`);
  }, 180_000);
  afterAll(() => {
    server?.close();
    pub?.close();
  });

  /** The rule ids that fired on our test page, screened afresh. */
  const firedOnTestPage = async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.server.url('/own/feed-rule.html'));
    const results = await waitForResults(e2e.session.sw, page);
    await page.close();
    return results.items.flatMap((i) => i.verdict.findings.map((f) => f.ruleId)).filter((id) => id.startsWith('e2e-'));
  };
  const ngoItem = () => options.locator('li[data-subscription]', { has: options.getByRole('heading', { name: 'E2E test NGO' }) });
  const status = () => options.locator('#feeds-status');
  const popupLine = async () => {
    const popup = await e2e.session.context.newPage();
    await popup.goto(`chrome-extension://${e2e.session.extensionId}/popup.html`);
    await popup.getByText(/E2E test NGO: version \d+/).waitFor();
    const text = await popup.locator('section[aria-labelledby="feed-h"]').innerText();
    await popup.close();
    return text;
  };

  it('before subscribing, only the bundled rules are in use', async () => {
    expect(await firedOnTestPage()).toEqual([]);
    await options.getByRole('heading', { name: 'Recruit Radar baseline' }).waitFor();
  });

  it('adds the feed from the options page (URL + public key); its rules fire at once', async () => {
    await grantHost(e2e.session.context, e2e.session.extensionId, 'http://127.0.0.1/*');
    await options.getByLabel('Feed address').fill(feedUrl());
    await options.getByLabel("Publisher's public key (minisign)").fill(pub.publicKey);
    await options.getByRole('button', { name: 'Add feed' }).click();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toBe(`Feed added. Updated to version ${v1}.`);
    expect(await ngoItem().innerText()).toContain(`Version ${v1}, published`);
    expect(await firedOnTestPage()).toEqual(['e2e-first-rule']);
  });

  it('"Update now" picks up a newer feed: a rule only it has now fires, and the popup shows the version', async () => {
    pub.build(v1 + 1, [FIRST, SECOND]);
    await ngoItem().getByRole('button', { name: 'Update now' }).click();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toBe(`Updated to version ${v1 + 1}.`);
    expect((await firedOnTestPage()).sort()).toEqual(['e2e-first-rule', 'e2e-second-rule']);
    const popup = await popupLine();
    expect(popup).toContain(`E2E test NGO: version ${v1 + 1}, 2 rules`);
    expect(popup).toMatch(/\d+ rules in use from 2 feeds/);
  });

  it('refuses a newer feed altered after signing: the reason shows, the previous rules stay', async () => {
    pub.build(v1 + 2, [FIRST, SECOND, THIRD]);
    pub.tamper();
    await ngoItem().getByRole('button', { name: 'Update now' }).click();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toMatch(/^Update refused\. The feed does not match its signature/);
    const item = await ngoItem().innerText();
    expect(item).toContain(`Version ${v1 + 1}, published`);
    expect(item).toMatch(/Last check: .*, refused\. The feed does not match its signature.*\(.+\)/s);
    expect(await ngoItem().locator('[data-code]').getAttribute('data-code')).toBe('bad-signature');
    expect((await firedOnTestPage()).sort()).toEqual(['e2e-first-rule', 'e2e-second-rule']);
    expect(await popupLine()).toContain(`E2E test NGO: version ${v1 + 1}`);
  });

  it('made no request to any host but the test server and the feed server', () => {
    const feedHost = new URL(server.url).host;
    expect(e2e.session.requests.some((u) => u.startsWith(feedUrl()))).toBe(true);
    expect(foreignRequests(e2e.session.requests, e2e.server.port, [feedHost])).toEqual([]);
  });
});
