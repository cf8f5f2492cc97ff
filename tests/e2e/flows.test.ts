import { describe, expect, it } from 'vitest';
import { badgeLevels, resultsFor, sendToTab, shadowContents, waitForResults } from './harness/probes';
import { foreignRequests, RUN_E2E, useExtension } from './harness/session';

/** What the user does beyond reading job boards: selections, "check this page", SPAs, the popup, discreet mode. */
describe.skipIf(!RUN_E2E)('extension flows (Chromium)', () => {
  const e2e = useExtension();
  const tabOf = async (url: string) => {
    await expect.poll(() => resultsFor(e2e.session.sw, url).then((r) => r?.tabId)).toBeDefined();
    return (await resultsFor(e2e.session.sw, url))!.tabId;
  };

  it('"Check this job offer" on selected text shows the verdict in a panel', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.server.url('/own/plain.html'));
    const text = await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById('offer')!);
      getSelection()!.addRange(r);
      return getSelection()!.toString();
    });
    // The message the context-menu handler sends (background/context-menu.ts), from the service worker.
    const results = await sendToTab(e2e.session.sw, await tabOf(page.url()), { type: 'check-text', text });
    expect(results.items[0]).toMatchObject({ origin: 'selection' });
    expect(['high', 'medium']).toContain(results.items[0]!.level);
    const [panel] = await shadowContents(page, 'recruit-radar-panel');
    expect(panel!.level).toBe(results.items[0]!.level);
    expect(panel!.text).toContain('Selected text');
    expect(panel!.text).toMatch(/passport/i);
    await page.close();
  });

  it('"Check this page" screens a page the automatic check skipped', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.server.url('/own/plain.html'));
    const results = await sendToTab(e2e.session.sw, await tabOf(page.url()), { type: 'check-page' });
    expect(results.active).toBe(true);
    expect(results.items.length).toBeGreaterThan(0);
    await expect.poll(() => badgeLevels(page).then((l) => l.length)).toBeGreaterThan(0);
    await page.close();
  });

  it('follows single-page navigation: old badges go, the new posting is screened', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.server.url('/spa/jobs'));
    await waitForResults(e2e.session.sw, page, 2);
    expect((await badgeLevels(page)).every((l) => l === 'high' || l === 'medium')).toBe(true);
    await page.evaluate(() => (window as unknown as { goTo(p: string): void }).goTo('/spa/job/42'));
    await expect.poll(() => resultsFor(e2e.session.sw, page.url()).then((r) => r?.items.map((i) => i.title)), { timeout: 10_000 }).toEqual(['Warehouse Associate']);
    await expect.poll(() => badgeLevels(page)).toHaveLength(1);
    expect(['none', 'low']).toContain((await badgeLevels(page))[0]);
    await page.close();
  });

  it('popup: rule status, and the paste box checks copied text', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(`chrome-extension://${e2e.session.extensionId}/popup.html`);
    await page.getByText(/Recruit Radar baseline: version \d+, \d+ rules/).waitFor();
    await page.getByLabel('Paste the text of the offer or message:').fill('Pay a processing fee of 15,000 PHP. Your passport will be kept by the employer. WhatsApp only.');
    await page.getByRole('button', { name: 'Check text' }).click();
    await expect.poll(() => page.locator('#paste-result-h').textContent()).toMatch(/High risk|Medium risk/);
    await page.close();
  });

  it('discreet mode: no badge in the page, results still available to the popup', async () => {
    const options = await e2e.session.context.newPage();
    await options.goto(`chrome-extension://${e2e.session.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: /Discreet mode/ }).check();
    await options.getByText('Saved.').waitFor();
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.server.url('/own/risky-posting.html'));
    const results = await waitForResults(e2e.session.sw, page);
    expect(['high', 'medium']).toContain(results.items[0]!.level);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelectorAll('[data-risk-level], recruit-radar-panel, recruit-radar-dock').length)).toBe(0);
    await options.getByRole('checkbox', { name: /Discreet mode/ }).uncheck();
    await options.getByText('Saved.').waitFor();
    // Turning it off brings the badges back without a reload.
    await expect.poll(() => badgeLevels(page)).toHaveLength(1);
    await page.close();
    await options.close();
  });

  it('made no request to any host but the test server', () => {
    expect(e2e.session.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(e2e.session.requests, e2e.server.port)).toEqual([]);
  });
});
