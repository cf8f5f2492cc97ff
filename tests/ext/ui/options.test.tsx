// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../lib/ext/ui/options/api';
import { Options } from '../../../lib/ext/ui/options/Options';
import { parseHosts } from '../../../lib/ext/ui/options/SitesField';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../../lib/ext/settings';
import { fakeFeedsApi } from './feeds-api';

afterEach(cleanup); // no vitest globals, so testing-library cannot clean up by itself

function fakeApi(initial: Partial<Settings> = {}) {
  let s: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const api: OptionsApi = {
    load: vi.fn(async () => s),
    save: vi.fn(async (p: Partial<Settings>) => (s = SettingsSchema.parse({ ...s, ...p }))),
    history: vi.fn(async () => [{ id: 1, url: 'https://jobs.example/1', title: '<b>Maid</b> عاملة منزلية', level: 'high' as const, date: '2026-01-02T10:00:00.000Z' }]),
    clearHistory: vi.fn(async () => undefined),
    clearAll: vi.fn(async () => {
      s = { ...DEFAULT_SETTINGS };
    }),
    feedStatus: vi.fn(async () => ({ feeds: [{ subscriptionId: 'bundled', version: 7, publisher: { name: 'Recruit Radar baseline' }, publishedAt: '2026-01-01T00:00:00Z', ruleCount: 12, expired: false }], ruleCount: 12, coverage: { en: 12, ar: 1 } })),
    ...fakeFeedsApi(),
  };
  return api;
}

describe('Options', () => {
  it('saves the sensitivity, discreet mode and history choices at once', async () => {
    const api = fakeApi();
    render(<Options api={api} />);
    fireEvent.click(await screen.findByRole('radio', { name: /Medium risk and above/ }));
    await waitFor(() => expect(api.save).toHaveBeenCalledWith({ minBadgeLevel: 'medium' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Discreet mode/ }));
    await waitFor(() => expect(api.save).toHaveBeenCalledWith({ discreet: true }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Keep a list of checked postings/ }));
    await waitFor(() => expect(api.save).toHaveBeenCalledWith({ history: true }));
    expect(screen.getAllByRole('status')[0]!.textContent).toBe('Saved.');
  });

  it('offers languages with how many rules each covers', async () => {
    const api = fakeApi();
    render(<Options api={api} />);
    await waitFor(() => expect(screen.getByRole('option', { name: /العربية \(Arabic\) \(1 of 12 rules\)/ })).toBeTruthy());
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ar' } });
    await waitFor(() => expect(api.save).toHaveBeenCalledWith({ locale: 'ar' }));
  });

  it('limits automatic screening to a list of sites', async () => {
    const api = fakeApi();
    render(<Options api={api} />);
    fireEvent.click(await screen.findByRole('radio', { name: /Only on these sites/ }));
    await waitFor(() => expect(api.save).toHaveBeenCalledWith({ sites: { mode: 'list', list: [] } }));
    const box = screen.getByRole('textbox', { name: /One site per line/ });
    fireEvent.input(box, { target: { value: 'https://www.bayt.com/en/jobs\nnaukrigulf.com, bad!host' } });
    fireEvent.blur(box);
    await waitFor(() => expect(api.save).toHaveBeenLastCalledWith({ sites: { mode: 'list', list: ['bayt.com', 'naukrigulf.com'] } }));
    expect(screen.getByText(/Not a site name: bad!host/)).toBeTruthy();
  });

  it('shows the history as text when it is on', async () => {
    const api = fakeApi({ history: true });
    const { container } = render(<Options api={api} />);
    expect(await screen.findByText('<b>Maid</b> عاملة منزلية')).toBeTruthy();
    expect(container.querySelector('td b')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    await waitFor(() => expect(api.clearHistory).toHaveBeenCalled());
  });

  it('asks twice before clearing all data', async () => {
    const api = fakeApi({ discreet: true });
    render(<Options api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all data' }));
    expect(api.clearAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Press again to delete everything' }));
    await waitFor(() => expect(api.clearAll).toHaveBeenCalled());
    await waitFor(() => expect(screen.getAllByRole('status')[0]!.textContent).toBe('All data cleared.'));
  });

  it('has a "Rule feeds" section', async () => {
    render(<Options api={fakeApi()} />);
    expect(await screen.findByRole('heading', { name: 'Rule feeds' })).toBeTruthy();
    expect(await screen.findByText('Version 7, published 2026-01-01, 12 rules.')).toBeTruthy();
  });
});

describe('parseHosts', () => {
  it('keeps host names from addresses and plain names, and reports the rest', () => {
    expect(parseHosts('www.Bayt.com\nhttps://gulftalent.com/jobs?x=1,  seek.com.au  \n\n localhost nonsense!')).toEqual({
      hosts: ['bayt.com', 'gulftalent.com', 'seek.com.au'],
      bad: ['localhost', 'nonsense!'],
    });
  });
});
