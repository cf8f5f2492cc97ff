// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedsSection } from '../../../lib/ext/ui/options/FeedsSection';
import { TEST_PUBLIC_KEY } from '../helpers/feed';
import { BASELINE, fakeFeedsApi, NGO } from './feeds-api';

afterEach(cleanup); // no vitest globals, so testing-library cannot clean up by itself

const item = async (name: string) => (await screen.findByRole('heading', { level: 3, name })).closest('li')! as HTMLElement;
function fill(url: string, key: string) {
  fireEvent.input(screen.getByLabelText('Feed address'), { target: { value: url } });
  fireEvent.input(screen.getByLabelText("Publisher's public key (minisign)"), { target: { value: key } });
  fireEvent.click(screen.getByRole('button', { name: 'Add feed' }));
}

describe('Rule feeds (options page)', () => {
  it('lists each feed: publisher, version, date, last check with the reason, expiry warning', async () => {
    render(<FeedsSection api={fakeFeedsApi([NGO, BASELINE])} />);
    const ngo = await item('Workers NGO');
    expect(ngo.textContent).toContain('https://ngo.example/feed.json');
    expect(ngo.textContent).toContain('Version 41, published 2026-05-01, 3 rules.');
    expect(ngo.textContent).toContain('Out of date since 2020-06-01');
    const check = within(ngo).getByText(/Last check: 2026-06-01 10:00, refused/);
    expect(check.textContent).toMatch(/changed after signing.*\(the signature does not match the feed\)/);
    expect(check.getAttribute('data-code')).toBe('bad-signature');
    const base = await item('Recruit Radar baseline');
    expect(base.textContent).toContain('Comes with Recruit Radar and is updated with it.');
    expect(within(base).queryByRole('button')).toBeNull(); // neither "Update now" nor "Remove"
  });

  it('"Update now" checks that feed and says what happened', async () => {
    const api = fakeFeedsApi([NGO, BASELINE]);
    render(<FeedsSection api={api} />);
    fireEvent.click(within(await item('Workers NGO')).getByRole('button', { name: 'Update now' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Updated to version 42.'));
    expect(api.updateFeed).toHaveBeenCalledWith(NGO.id);
    expect(api.feeds).toHaveBeenCalledTimes(2); // listed again with the new state
    (api.updateFeed as ReturnType<typeof vi.fn>).mockResolvedValueOnce({ ok: false, kind: 'failed', code: 'wrong-key', reason: 'key id 1 instead of 2' });
    fireEvent.click(within(await item('Workers NGO')).getByRole('button', { name: 'Update now' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Update refused\. .*different key.*\(key id 1 instead of 2\) The rules already installed stay in use\.$/));
  });

  it('removes a feed after a second press', async () => {
    const api = fakeFeedsApi([NGO, BASELINE]);
    render(<FeedsSection api={api} />);
    fireEvent.click(within(await item('Workers NGO')).getByRole('button', { name: 'Remove' }));
    expect(api.removeFeed).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Press again to remove Workers NGO' }));
    await waitFor(() => expect(api.removeFeed).toHaveBeenCalledWith(NGO.id));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Feed removed.'));
  });

  it('adds a feed: asks for the host first (in the click), then subscribes with the pinned key', async () => {
    const api = fakeFeedsApi();
    render(<FeedsSection api={api} />);
    await item('Recruit Radar baseline');
    fill(' https://ngo.example/rr/feed.json ', TEST_PUBLIC_KEY);
    expect(api.requestHost).toHaveBeenCalledWith('https://ngo.example/*'); // synchronously, while the click is a user action
    await waitFor(() => expect(api.addFeed).toHaveBeenCalledWith('https://ngo.example/rr/feed.json', TEST_PUBLIC_KEY.trim()));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Feed added. Updated to version 5.'));
    expect((screen.getByLabelText('Feed address') as HTMLInputElement).value).toBe('');
  });

  it.each([
    ['http://ngo.example/feed.json', TEST_PUBLIC_KEY, /must use https:\/\//],
    ['https://ngo.example/feed.json', 'RWQnot-a-key', /not a minisign public key/],
    ['ngo.example', TEST_PUBLIC_KEY, /not a web address/],
  ])('refuses %s / a bad key before asking for any permission', async (url, key, message) => {
    const api = fakeFeedsApi();
    render(<FeedsSection api={api} />);
    fill(url, key);
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(api.requestHost).not.toHaveBeenCalled();
    expect(api.addFeed).not.toHaveBeenCalled();
  });

  it('adds nothing when the user refuses the host permission, and shows the background\'s refusal', async () => {
    const api = fakeFeedsApi();
    (api.requestHost as ReturnType<typeof vi.fn>).mockResolvedValueOnce(false);
    render(<FeedsSection api={api} />);
    fill('https://ngo.example/feed.json', TEST_PUBLIC_KEY);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Without access to ngo\.example.*Nothing was added/);
    expect(api.addFeed).not.toHaveBeenCalled();
    (api.addFeed as ReturnType<typeof vi.fn>).mockResolvedValueOnce({ ok: false, message: 'You already subscribe to this feed.' });
    fireEvent.click(await screen.findByRole('button', { name: 'Add feed' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('You already subscribe to this feed.'));
  });
});
