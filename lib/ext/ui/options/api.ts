import { browser } from 'wxt/browser';
import { db, type HistoryRow } from '../../db';
import { loadSettings, saveSettings, type Settings } from '../../settings';
import { browserApi, type PagesApi } from '../popup/api';

/** What the options page needs, behind one seam for tests. */
export interface OptionsApi extends Pick<PagesApi, 'feedStatus'> {
  load(): Promise<Settings>;
  save(patch: Partial<Settings>): Promise<Settings>;
  history(limit: number): Promise<HistoryRow[]>;
  clearHistory(): Promise<void>;
  clearAll(): Promise<void>;
}

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
};
