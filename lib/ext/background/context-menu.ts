import { browser, type Browser } from 'wxt/browser';
import { MAX_TEXT_CHARS } from '../messaging';
import { sendToScreener } from './inject';

export const MENU_CHECK_SELECTION = 'recruit-radar-check-selection';

/** Created on install, update and browser start; removeAll first makes that idempotent. */
export function createMenus(): void {
  browser.contextMenus.removeAll().then(
    () => browser.contextMenus.create({ id: MENU_CHECK_SELECTION, title: 'Check this job offer', contexts: ['selection'] }),
    () => undefined,
  );
}

/**
 * "Check this job offer" on selected text: the tab's content script screens the selection and
 * shows the panel (or, in discreet mode, keeps the result for the popup). The selection goes
 * from the browser to that tab's own content script and nowhere else.
 */
export async function onMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== MENU_CHECK_SELECTION || tab?.id === undefined) return;
  const text = (info.selectionText ?? '').trim().slice(0, MAX_TEXT_CHARS);
  if (!text) return;
  try {
    await sendToScreener(tab.id, { type: 'check-text', text });
  } catch (e) {
    // Pages no extension may script (the browser's own pages, the web store): nothing to show there.
    console.warn('[Recruit Radar] could not check the selection in this tab:', e);
  }
}
