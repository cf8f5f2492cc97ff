import { browser } from 'wxt/browser';
import type { PageResults } from '../../results';
import { screenRemote, type ScreenReply } from '../../screen-client';
import { effectiveLocale, loadSettings } from '../../settings';

/** The merged rule set as the background reports it (handlers.ts feedStatus). */
export interface FeedStatusInfo {
  feeds: { subscriptionId: string; version: number; publisher: { id?: string; name: string }; publishedAt: string; expiresAt?: string; ruleCount: number; expired: boolean }[];
  /** Rules in use after merging all feeds. */
  ruleCount: number;
  /** Rules a higher-priority feed replaced (same id) or switched off (`disables`). */
  shadowed?: number;
  disabled?: number;
  /** Rules with an explanation in each language. */
  coverage: Record<string, number>;
}

/** Everything the popup and options pages ask of the browser, behind one seam for tests. */
export interface PagesApi {
  activeTabId(): Promise<number | undefined>;
  /** The tab's results, or null where no checker runs (browser pages, pages opened before install). */
  getResults(tabId: number): Promise<PageResults | null>;
  checkTab(tabId: number): Promise<PageResults | null>;
  /** Screens pasted text (in the background, like everything else). */
  screenText(text: string, locale: string): Promise<ScreenReply>;
  locale(): Promise<string>;
  feedStatus(): Promise<FeedStatusInfo>;
  openOptions(): void;
}

export const browserApi: PagesApi = {
  async activeTabId() {
    // No "tabs" permission needed: the id of the active tab is always visible to the extension.
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  },
  async getResults(tabId) {
    try {
      return ((await browser.tabs.sendMessage(tabId, { type: 'get-results' })) as PageResults | undefined) ?? null;
    } catch {
      return null;
    }
  },
  async checkTab(tabId) {
    return ((await browser.runtime.sendMessage({ type: 'check-tab', tabId })) as PageResults | undefined) ?? null;
  },
  screenText: (text, locale) => screenRemote([{ description: text }], locale),
  locale: async () => effectiveLocale(await loadSettings(), browser.i18n.getUILanguage()),
  feedStatus: async () => (await browser.runtime.sendMessage({ type: 'feed-status' })) as FeedStatusInfo,
  openOptions: () => void browser.runtime.openOptionsPage(),
};
