import { describe, expect, it } from 'vitest';
import { loadYamlList } from '../../lib/cli/feed-data';
import { ResourceSchema } from '../../lib/feed/schema';
import { resourcesFor } from '../../lib/ext/resources';
import { badgeLevels, resultsFor, shadowContents, waitForResults } from './harness/probes';
import { SHARED_PAGES } from './harness/server';
import { foreignRequests, LEVEL_NAMES, RUN_E2E, useExtension } from './harness/session';

/** Badges and panels on real saved job-site pages and on our own clear-cut pages, in real Chromium. */
describe.skipIf(!RUN_E2E)('extension on job pages (Chromium)', () => {
  const e2e = useExtension();
  const real = it.skipIf(!SHARED_PAGES);

  async function open(url: string, min = 1) {
    const page = await e2e.session.context.newPage();
    await page.goto(url);
    const results = await waitForResults(e2e.session.sw, page, min);
    return { page, results };
  }

  real.each([
    ['LinkedIn search results (2020a)', 'http://www.linkedin.com/jobs/search/?keywords=qa&location=Sofia', 25],
    ['SEEK search results (2020a)', 'http://www.seek.com.au/jobs?keywords=test', 22],
  ])('real %s: one badge per card, each with a valid level', async (_name, url, cards) => {
    const { page, results } = await open(url, cards);
    expect(results.method).toBe('site');
    await expect.poll(() => badgeLevels(page).then((l) => l.length)).toBe(cards);
    for (const level of await badgeLevels(page)) expect(LEVEL_NAMES).toContain(level);
    await page.close();
  });

  real.each([
    ['LinkedIn guest posting', 'http://www.linkedin.com/jobs/view/power-monitoring-engineer-3600000000/'],
    ['Indeed posting', 'http://www.indeed.com/viewjob?jk=0123456789abcdef'],
  ])('real %s: a badge and, on request, the full explanation', async (_name, url) => {
    const { page, results } = await open(url);
    expect(results.items).toHaveLength(1);
    expect(await badgeLevels(page)).toHaveLength(1);
    const [before] = await shadowContents(page, 'recruit-radar-badge');
    if (!before!.text.includes('looks for known warning signs')) {
      // Low-risk postings start collapsed: open the explanation from the keyboard, as a user would.
      await page.evaluate(() => (document.querySelector('recruit-radar-badge') as HTMLElement).focus());
      await page.keyboard.press('Enter');
    }
    const [after] = await shadowContents(page, 'recruit-radar-badge');
    expect(after!.text).toContain('Recruit Radar looks for known warning signs');
    expect(after!.text).toContain(results.items[0]!.title.slice(0, 20));
    await page.close();
  });

  it('own risky posting (fee, passport kept, WhatsApp only): high or medium, explained in the page', async () => {
    const { page } = await open(e2e.server.url('/own/risky-posting.html'));
    expect(['high', 'medium']).toContain((await badgeLevels(page))[0]);
    const [c] = await shadowContents(page, 'recruit-radar-badge');
    expect(c!.text).toMatch(/passport/i);
    expect(c!.text).toContain('Questions to ask the recruiter');
    expect(c!.tags.has('MARK')).toBe(true); // the evidence, quoted
    expect(c!.tags.has('A')).toBe(true); // a source
    // Evidence highlighted in the page itself (CSS Custom Highlight API, no page element changed).
    expect(await page.evaluate(() => CSS.highlights.has('recruit-radar-evidence'))).toBe(true);
    const help = resourcesFor(['AE', 'PH'], loadYamlList('assets/feed/resources.yaml', ResourceSchema).items);
    if (help.length > 0) expect(c!.text).toContain('Where to get help');
    await page.close();
  });

  it('own legitimate posting (company, address, no fees): none or low', async () => {
    const { page } = await open(e2e.server.url('/own/legit-posting.html'));
    expect(['none', 'low']).toContain((await badgeLevels(page))[0]);
    await page.close();
  });

  it('own listing: risky and clean cards apart; the badge opens a panel that Escape closes', async () => {
    const { page } = await open(e2e.server.url('/own/listing.html'), 4);
    const levels = await badgeLevels(page);
    expect(levels).toHaveLength(4);
    expect(['high', 'medium']).toContain(levels[0]);
    expect(['high', 'medium']).toContain(levels[2]);
    expect(['none', 'low']).toContain(levels[1]);
    expect(['none', 'low']).toContain(levels[3]);
    await page.evaluate(() => (document.querySelector('#card-1 recruit-radar-badge') as HTMLElement).focus());
    await page.keyboard.press('Enter');
    const [panel] = await shadowContents(page, 'recruit-radar-panel');
    expect(panel!.level).toBe(levels[0]);
    expect(panel!.text).toContain('Housemaid for Arab family in Dubai');
    expect(panel!.text).toContain('Warning signs');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('recruit-radar-panel').length)).toBe(0);
    // Focus went back to the badge that opened the panel.
    expect(await page.evaluate(() => document.activeElement?.closest('#card-1') !== null)).toBe(true);
    await page.close();
  });

  it('a page with no posting gets no badge and costs one check', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.server.url('/own/plain.html'));
    await page.waitForTimeout(500);
    expect(await badgeLevels(page)).toEqual([]);
    const r = await resultsFor(e2e.session.sw, page.url());
    expect(r).toMatchObject({ active: false, items: [] });
    await page.close();
  });

  it('made no request to any host but the test server', () => {
    expect(e2e.session.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(e2e.session.requests, e2e.server.port)).toEqual([]);
  });
});
