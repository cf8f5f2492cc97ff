import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MENU_CHECK_SELECTION, onMenuClicked } from '../../lib/ext/background/context-menu';
import { FeedService } from '../../lib/ext/background/feeds';
import { handleMessage, type HandlerDeps } from '../../lib/ext/background/handlers';
import { SCREENER_FILE, sendToScreener } from '../../lib/ext/background/inject';
import { RulesStore } from '../../lib/ext/background/rules-store';
import { RadarDb } from '../../lib/ext/db';
import { dexieFeedStore } from '../../lib/ext/feed-store';
import { saveSettings } from '../../lib/ext/settings';
import { compiledFeed, rule, signedFeed, testFeed } from './helpers/feed';

const db = new RadarDb('recruit-radar-test-background');
const tabSender = { id: 'test-extension-id', tab: { id: 4 } as never, frameId: 0, url: 'https://jobs.example/' };
const NOW = new Date('2026-06-01T00:00:00Z');
let deps: HandlerDeps;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((t) => t.clear()));
  const rules = new RulesStore(signedFeed(testFeed(2)), () => db, () => NOW);
  const feeds = new FeedService({ db: () => db, rules, fetch: vi.fn() as never, now: () => NOW });
  deps = { rules, feeds, db: () => db };
});
afterAll(() => db.close());

describe('background message handlers', () => {
  it('screens batches with the compiled rules and adds help lines for the countries named', async () => {
    const reply = (await handleMessage(
      { type: 'screen', locale: 'ar', postings: [{ description: 'Housemaid in Manila, Philippines: passport kept by employer.' }, { title: 'Clerk' }] },
      tabSender,
      deps,
    )) as { verdicts: { level: string; countries: string[]; findings: { explanation: string }[]; feedVersion?: number }[]; resources: { organisation: string }[] };
    expect(reply.verdicts.map((v) => v.level)).toEqual([expect.not.stringMatching(/^none$/), 'none']);
    expect(reply.verdicts[0]!.findings[0]!.explanation).toBe('سيحتفظ شخص آخر بجواز سفرك.'); // the locale asked for
    expect(reply.verdicts[0]!.feedVersion).toBe(2);
    expect(reply.verdicts[0]!.countries).toContain('PH');
    expect(reply.resources.map((r) => r.organisation)).toEqual(['DMW hotline', 'Worldwide line']);
  });

  it('compiles the rules once, not per request', async () => {
    const first = await deps.rules.active();
    for (let i = 0; i < 3; i++) await handleMessage({ type: 'screen', locale: 'en', postings: [{ title: 'x' }] }, tabSender, deps);
    expect(await deps.rules.active()).toBe(first);
  });

  it('reports the merged rule set: feeds, rules in use, languages covered', async () => {
    await deps.rules.active();
    await db.subscriptions.put({ id: 'ngo', url: 'https://ngo.example/f.json', publicKey: signedFeed(testFeed(1)).publicKey, priority: 10, enabled: true, addedAt: NOW.toISOString() });
    await dexieFeedStore(() => db).install('ngo', compiledFeed({ ...testFeed(5, [rule('test-passport'), rule('ngo-rule')]), publisher: { id: 'ngo', name: 'Workers NGO' } }).feed, undefined, NOW);
    deps.rules.invalidate();
    const status = (await handleMessage({ type: 'feed-status' }, tabSender, deps)) as { feeds: { version: number; publisher: { name: string }; expired: boolean; ruleCount: number }[]; ruleCount: number; shadowed: number; coverage: Record<string, number> };
    expect(status.feeds).toMatchObject([{ version: 5, publisher: { name: 'Workers NGO' }, ruleCount: 2, expired: false }, { version: 2, publisher: { name: 'Test publisher' }, ruleCount: 1 }]);
    expect(status).toMatchObject({ ruleCount: 2, shadowed: 1, coverage: { en: 2, ar: 2 } });
  });

  it('routes the options page\'s feed messages to the feed service', async () => {
    const add = vi.spyOn(deps.feeds, 'add').mockResolvedValue({ ok: false, message: 'x' });
    const remove = vi.spyOn(deps.feeds, 'remove').mockResolvedValue({ ok: true });
    const update = vi.spyOn(deps.feeds, 'updateNow').mockResolvedValue({ ok: true, kind: 'not-modified' });
    await handleMessage({ type: 'feed-add', url: 'https://a.example/f.json', publicKey: 'k' }, tabSender, deps);
    await handleMessage({ type: 'feed-remove', id: 'ngo' }, tabSender, deps);
    await handleMessage({ type: 'feed-update', id: 'ngo' }, tabSender, deps);
    expect(add).toHaveBeenCalledWith({ url: 'https://a.example/f.json', publicKey: 'k' });
    expect(remove).toHaveBeenCalledWith('ngo');
    expect(update).toHaveBeenCalledWith('ngo');
    const list = (await handleMessage({ type: 'feeds-list' }, tabSender, deps)) as { id: string; feed?: { version: number } }[];
    expect(list).toMatchObject([{ id: 'recruit-radar-baseline', feed: { version: 2 } }]);
  });

  it('shows the number of risky postings on the toolbar button, but not in discreet mode', async () => {
    const setText = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined as never);
    await handleMessage({ type: 'page-summary', counts: { none: 3, low: 1, medium: 1, high: 2 } }, tabSender, deps);
    expect(setText).toHaveBeenLastCalledWith({ tabId: 4, text: '3' });
    await saveSettings({ discreet: true });
    await handleMessage({ type: 'page-summary', counts: { none: 0, low: 0, medium: 0, high: 2 } }, tabSender, deps);
    expect(setText).toHaveBeenLastCalledWith({ tabId: 4, text: '' });
  });

  it('records history only when the user turned it on', async () => {
    const items = [{ url: 'https://jobs.example/1', title: 'Maid', level: 'high' as const }];
    await handleMessage({ type: 'record-history', items }, tabSender, deps);
    expect(await db.history.count()).toBe(0);
    await saveSettings({ history: true });
    await handleMessage({ type: 'record-history', items }, tabSender, deps);
    expect(await db.history.count()).toBe(1);
  });

  it('"check-tab" asks the tab\'s checker to screen the page', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ active: true } as never);
    expect(await handleMessage({ type: 'check-tab', tabId: 9 }, tabSender, deps)).toEqual({ active: true });
    expect(send).toHaveBeenCalledWith(9, { type: 'check-page' });
  });
});

describe('content script injection', () => {
  it('injects the checker where it is missing, then sends the command', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValueOnce(new Error('Receiving end does not exist')).mockResolvedValueOnce('ok' as never);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect(await sendToScreener(5, { type: 'check-page' })).toBe('ok');
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 5 }, files: [SCREENER_FILE] });
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('context menu', () => {
  it('"Check this job offer" sends the selected text to that tab\'s checker', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    await onMenuClicked({ menuItemId: MENU_CHECK_SELECTION, selectionText: '  Pay a fee  ', editable: false, pageUrl: 'https://x/' } as never, { id: 3 } as never);
    expect(send).toHaveBeenCalledWith(3, { type: 'check-text', text: 'Pay a fee' });
  });

  it('ignores other menu items, empty selections and clicks without a tab', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    await onMenuClicked({ menuItemId: 'other', selectionText: 'x' } as never, { id: 3 } as never);
    await onMenuClicked({ menuItemId: MENU_CHECK_SELECTION, selectionText: '   ' } as never, { id: 3 } as never);
    await onMenuClicked({ menuItemId: MENU_CHECK_SELECTION, selectionText: 'x' } as never, undefined);
    expect(send).not.toHaveBeenCalled();
  });

  it('does not throw on pages no extension may script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(onMenuClicked({ menuItemId: MENU_CHECK_SELECTION, selectionText: 'x' } as never, { id: 3 } as never)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
  });
});
