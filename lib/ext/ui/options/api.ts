import { browser } from 'wxt/browser';
import type { AddReply, UpdateReply } from '../../background/feeds';
import type { SubscriptionInfo } from '../../background/feed-status';
import { db, type HistoryRow } from '../../db';
import { loadSettings, saveSettings, type Settings } from '../../settings';
import { browserApi, type PagesApi } from '../popup/api';

/** The options page's view of feed subscriptions; every call goes to the background, which owns them. */
export interface FeedsApi {
  feeds(): Promise<SubscriptionInfo[]>;
  /**
   * Asks the user for access to a feed's host (an optional host permission). Browsers allow this
   * only during a user action, so the page calls it first thing in the click handler.
   */
  requestHost(pattern: string): Promise<boolean>;
  addFeed(url: string, publicKey: string): Promise<AddReply>;
  removeFeed(id: string): Promise<{ ok: boolean; message?: string }>;
  updateFeed(id: string): Promise<UpdateReply>;
}

/** What the options page needs, behind one seam for tests. */
export interface OptionsApi extends Pick<PagesApi, 'feedStatus'>, FeedsApi {
  load(): Promise<Settings>;
  save(patch: Partial<Settings>): Promise<Settings>;
  history(limit: number): Promise<HistoryRow[]>;
  clearHistory(): Promise<void>;
  clearAll(): Promise<void>;
}

const send = <T>(msg: object) => browser.runtime.sendMessage(msg) as Promise<T>;

export const browserOptionsApi: OptionsApi = {
  feedStatus: browserApi.feedStatus,
  load: loadSettings,
  save: saveSettings,
  // Extension pages share the background's origin, so they read the history table directly.
  history: (limit) => db().history.orderBy('date').reverse().limit(limit).toArray(),
  clearHistory: () => db().history.clear(),
  clearAll: async () => {
    await browser.runtime.sendMessage({ type: 'clear-data' });
  },
  feeds: () => send({ type: 'feeds-list' }),
  requestHost: (pattern) => browser.permissions.request({ origins: [pattern] }),
  addFeed: (url, publicKey) => send({ type: 'feed-add', url, publicKey }),
  removeFeed: (id) => send({ type: 'feed-remove', id }),
  updateFeed: (id) => send({ type: 'feed-update', id }),
};
