import { browser } from 'wxt/browser';
import type { ContentMessage } from '../messaging';

/** The content script's file in the build (entrypoints/screener.ts). */
export const SCREENER_FILE = '/screener.js';

/**
 * Sends a command to the tab's content script, injecting it first when it is not there (pages
 * opened before install, or sites where it does not run by default). Injection relies on the
 * activeTab grant the user gives by opening the popup or using the context menu.
 */
export async function sendToScreener(tabId: number, msg: ContentMessage): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, msg);
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [SCREENER_FILE] });
    return browser.tabs.sendMessage(tabId, msg);
  }
}
