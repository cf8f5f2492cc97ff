import { describe, expect, it } from 'vitest';
import { acceptBackgroundMessage, acceptContentMessage, ALLOWED_SENDERS, BackgroundMessage, MAX_BATCH_POSTINGS, MAX_TEXT_CHARS } from '../../lib/ext/messaging';

const ID = 'test-extension-id'; // fakeBrowser's runtime.id
const tab = { id: ID, tab: { id: 7 } as never, frameId: 0, url: 'https://jobs.example/' };
const page = { id: ID, url: `chrome-extension://${ID}/popup.html` };

describe('background messages', () => {
  it('accepts well-formed messages from the senders allowed for them', () => {
    const screen = { type: 'screen', locale: 'en', postings: [{ title: 'Maid', description: 'Pay a fee' }] };
    expect(acceptBackgroundMessage(screen, tab)).toEqual(screen);
    expect(acceptBackgroundMessage(screen, page)).toEqual(screen);
    expect(acceptBackgroundMessage({ type: 'page-summary', counts: { none: 1, low: 0, medium: 2, high: 0 } }, tab)).toBeTruthy();
    expect(acceptBackgroundMessage({ type: 'check-tab', tabId: 3 }, page)).toEqual({ type: 'check-tab', tabId: 3 });
    expect(acceptBackgroundMessage({ type: 'clear-data' }, page)).toEqual({ type: 'clear-data' });
  });

  it('lets a content script neither clear data nor drive other tabs', () => {
    expect(acceptBackgroundMessage({ type: 'clear-data' }, tab)).toBeUndefined();
    expect(acceptBackgroundMessage({ type: 'check-tab', tabId: 3 }, tab)).toBeUndefined();
    expect(acceptBackgroundMessage({ type: 'feed-status' }, tab)).toBeUndefined();
  });

  it('accepts our pages when they are shown in a tab (options page, popup opened as a page)', () => {
    const pageInTab = { ...page, tab: { id: 9 } as never, frameId: 0 };
    expect(acceptBackgroundMessage({ type: 'clear-data' }, pageInTab)).toEqual({ type: 'clear-data' });
    expect(acceptBackgroundMessage({ type: 'page-summary', counts: { none: 0, low: 0, medium: 0, high: 0 } }, pageInTab)).toBeUndefined();
    expect(acceptContentMessage({ type: 'get-results' }, pageInTab)).toEqual({ type: 'get-results' });
  });

  it('lets pages not pretend to be a tab', () => {
    expect(acceptBackgroundMessage({ type: 'page-summary', counts: { none: 0, low: 0, medium: 0, high: 0 } }, page)).toBeUndefined();
  });

  it('drops messages from other extensions, subframes and web pages', () => {
    const screen = { type: 'screen', locale: 'en', postings: [{ title: 'x' }] };
    expect(acceptBackgroundMessage(screen, { ...tab, id: 'other-extension' })).toBeUndefined();
    expect(acceptBackgroundMessage(screen, { ...tab, frameId: 3 })).toBeUndefined();
    expect(acceptBackgroundMessage(screen, { url: 'https://evil.example/' })).toBeUndefined();
    expect(acceptBackgroundMessage({ type: 'clear-data' }, { id: ID, url: 'https://evil.example/' })).toBeUndefined();
    expect(acceptBackgroundMessage(screen, undefined as never)).toBeUndefined();
  });

  it('drops malformed messages: unknown types, extra fields, wrong values', () => {
    for (const bad of [null, 'screen', 42, {}, { type: 'eval' }, { type: 'feed-status', extra: 1 },
      { type: 'screen', locale: 'en', postings: [] }, { type: 'screen', locale: 'en', postings: [{ title: 5 }] },
      { type: 'screen', locale: 'en', postings: Array(MAX_BATCH_POSTINGS + 1).fill({ title: 'x' }) },
      { type: 'screen', locale: 'en', postings: Array(6).fill({ description: 'x'.repeat(MAX_TEXT_CHARS) }) }, { type: 'check-tab', tabId: -1 }, { type: 'check-tab', tabId: '3' },
      { type: 'page-summary', counts: { none: 1, low: 0, medium: 0 } }, { type: 'page-summary', counts: { none: -1, low: 0, medium: 0, high: 0 } },
      { type: 'record-history', items: [{ url: 'x', title: 't', level: 'extreme' }] }, { type: 'record-history', items: Array(201).fill({ url: 'x', title: 't', level: 'low' }) }]) {
      expect(acceptBackgroundMessage(bad, page), JSON.stringify(bad)?.slice(0, 80)).toBeUndefined();
      expect(acceptBackgroundMessage(bad, tab)).toBeUndefined();
    }
  });

  it('drops fields a posting does not have instead of passing them on', () => {
    const m = acceptBackgroundMessage({ type: 'screen', locale: 'en', postings: [{ title: 'x', __proto__x: 1, evil: 'y' }] }, tab);
    expect(m).toEqual({ type: 'screen', locale: 'en', postings: [{ title: 'x' }] });
  });

  it('feed subscriptions can be managed from our pages only, with bounded, well-formed fields', () => {
    const add = { type: 'feed-add', url: 'https://ngo.example/feed.json', publicKey: 'RWQ...' };
    for (const m of [add, { type: 'feeds-list' }, { type: 'feed-update', id: 'feed-ngo-example-1a2b' }, { type: 'feed-remove', id: 'feed-ngo-example-1a2b' }]) {
      expect(acceptBackgroundMessage(m, page)).toEqual(m);
      expect(acceptBackgroundMessage(m, tab), `a content script must not send ${m.type}`).toBeUndefined();
      expect(acceptBackgroundMessage(m, { ...page, id: 'other-extension' })).toBeUndefined();
    }
    for (const bad of [{ ...add, url: '' }, { ...add, url: 'x'.repeat(2_001) }, { ...add, publicKey: 'k'.repeat(501) }, { ...add, extra: 1 }, { type: 'feed-update', id: '../x' },
      { type: 'feed-remove', id: 'Has Spaces' }, { type: 'feed-remove' }, { type: 'feed-update', id: 'x'.repeat(101) }]) {
      expect(acceptBackgroundMessage(bad, page), JSON.stringify(bad).slice(0, 80)).toBeUndefined();
    }
  });

  it('has a sender rule for every message type', () => {
    const types = BackgroundMessage.options.map((o) => o.shape.type.value).sort();
    expect(Object.keys(ALLOWED_SENDERS).sort()).toEqual(types);
  });
});

describe('content messages', () => {
  const fromBackground = { id: ID };
  it('accepts commands from the extension itself only', () => {
    expect(acceptContentMessage({ type: 'check-page' }, fromBackground)).toEqual({ type: 'check-page' });
    expect(acceptContentMessage({ type: 'get-results' }, page)).toEqual({ type: 'get-results' });
    expect(acceptContentMessage({ type: 'check-text', text: 'job' }, fromBackground)).toEqual({ type: 'check-text', text: 'job' });
  });

  it('refuses messages sent from a tab (another content script) or another extension', () => {
    expect(acceptContentMessage({ type: 'check-page' }, tab)).toBeUndefined();
    expect(acceptContentMessage({ type: 'check-page' }, { id: 'other' })).toBeUndefined();
  });

  it('bounds the text it will screen', () => {
    expect(acceptContentMessage({ type: 'check-text', text: '' }, fromBackground)).toBeUndefined();
    expect(acceptContentMessage({ type: 'check-text', text: 'x'.repeat(MAX_TEXT_CHARS + 1) }, fromBackground)).toBeUndefined();
    expect(acceptContentMessage({ type: 'check-text', text: 'x'.repeat(MAX_TEXT_CHARS) }, fromBackground)).toBeTruthy();
  });
});
