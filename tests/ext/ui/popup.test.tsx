// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen as screenPosting } from '../../../lib/engine/index';
import { resourcesFor } from '../../../lib/ext/resources';
import type { PageResults } from '../../../lib/ext/results';
import type { PagesApi } from '../../../lib/ext/ui/popup/api';
import { Popup } from '../../../lib/ext/ui/popup/Popup';
import { compiledFeed, testFeed } from '../helpers/feed';
import { verdict } from '../helpers/verdict';

afterEach(cleanup); // no vitest globals, so testing-library cannot clean up by itself

const RESULTS: PageResults = {
  url: 'https://jobs.example/',
  active: true,
  method: 'site',
  more: 0,
  resources: [],
  items: [
    { key: 'a', title: 'Maid in Dubai', level: 'high', verdict: verdict(), origin: 'page' },
    { key: 'b', title: 'عامل مستودع', level: 'none', verdict: verdict({ level: 'none', findings: [], questions: [] }), origin: 'page' },
  ],
};

function fakeApi(results: PageResults | null, over: Partial<PagesApi> = {}): PagesApi {
  const { feed, compiled } = compiledFeed(testFeed(4));
  return {
    activeTabId: vi.fn(async () => 7),
    getResults: vi.fn(async () => results),
    checkTab: vi.fn(async () => RESULTS),
    screenText: vi.fn(async (text: string, locale: string) => {
      const v = screenPosting({ description: text }, compiled, { locale });
      return { verdicts: [v], resources: resourcesFor(v.countries, feed.resources) };
    }),
    locale: vi.fn(async () => 'en'),
    feedStatus: vi.fn(async () => ({ feeds: [{ subscriptionId: 'bundled', version: 4, publisher: { name: 'Recruit Radar baseline' }, publishedAt: '2026-01-01T00:00:00Z', ruleCount: 1, expired: true }], ruleCount: 1, coverage: { en: 1 } })),
    openOptions: vi.fn(),
    ...over,
  };
}

describe('Popup', () => {
  it("summarises the tab's results, riskiest first, each opening its explanation", async () => {
    render(<Popup api={fakeApi(RESULTS)} />);
    expect(await screen.findByText('2 postings checked: 1 high risk, 1 no warning signs.')).toBeTruthy();
    const [first, second] = screen.getAllByRole('button', { expanded: false });
    expect(first!.textContent).toContain('Maid in Dubai');
    expect(second!.querySelector('[dir="auto"]')!.textContent).toBe('عامل مستودع');
    fireEvent.click(first!);
    expect(screen.getByRole('heading', { level: 2, name: /High risk/ })).toBeTruthy();
  });

  it('offers "Check this page" where nothing was checked, and shows the result', async () => {
    const api = fakeApi(null);
    render(<Popup api={api} />);
    expect(await screen.findByText('This page has not been checked.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check this page' }));
    await waitFor(() => expect(api.checkTab).toHaveBeenCalledWith(7));
    expect(await screen.findByText(/2 postings checked/)).toBeTruthy();
  });

  it('explains when a page cannot be checked', async () => {
    render(<Popup api={fakeApi(null, { checkTab: vi.fn(async () => Promise.reject(new Error('no'))) })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Check this page' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot be checked/);
  });

  it('checks pasted text on the device and warns when the rules are out of date', async () => {
    render(<Popup api={fakeApi(RESULTS)} />);
    const box = await screen.findByLabelText('Paste the text of the offer or message:');
    expect((screen.getByRole('button', { name: 'Check text' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(box, { target: { value: 'Your passport kept by employer, they said.' } });
    await waitFor(() => expect((screen.getByRole('button', { name: 'Check text' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Check text' }));
    const heading = await waitFor(() => {
      const h = document.getElementById('paste-result-h');
      expect(h).not.toBeNull();
      return h!;
    });
    expect(heading.textContent).not.toContain('No warning signs');
    await waitFor(() => expect(document.activeElement).toBe(heading)); // focus moves to the result
    expect(await screen.findByText(/Out of date/)).toBeTruthy();
  });

  it('shows the merged rule set when several feeds are in use', async () => {
    const feedStatus = vi.fn(async () => ({
      feeds: [
        { subscriptionId: 'feed-ngo', version: 12, publisher: { name: 'Workers NGO' }, publishedAt: '2026-05-01T00:00:00Z', ruleCount: 3, expired: false },
        { subscriptionId: 'recruit-radar-baseline', version: 4, publisher: { name: 'Recruit Radar baseline' }, publishedAt: '2026-01-01T00:00:00Z', ruleCount: 80, expired: false },
      ],
      ruleCount: 82, shadowed: 1, disabled: 0, coverage: { en: 82 },
    }));
    render(<Popup api={fakeApi(RESULTS, { feedStatus })} />);
    expect(await screen.findByText('82 rules in use from 2 feeds (1 replaced by a higher-priority feed).')).toBeTruthy();
    expect(screen.getByText('Workers NGO: version 12, 3 rules, published 2026-05-01')).toBeTruthy();
    expect(screen.queryByText(/Out of date/)).toBeNull();
  });

  it('opens the settings', async () => {
    const api = fakeApi(RESULTS);
    render(<Popup api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(api.openOptions).toHaveBeenCalled();
  });
});
