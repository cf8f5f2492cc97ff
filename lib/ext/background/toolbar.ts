import { browser } from 'wxt/browser';
import type { Level } from '../../engine/index';

/**
 * The toolbar icon's badge for a tab: how many postings on the page are medium or high risk.
 * Blank in discreet mode: someone looking over the user's shoulder should see nothing.
 */
export async function setToolbarBadge(tabId: number, counts: Record<Level, number>, discreet: boolean): Promise<void> {
  const risky = counts.high + counts.medium;
  const text = discreet || risky === 0 ? '' : String(Math.min(risky, 99));
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: counts.high > 0 ? '#8a1111' : '#8a6a00' });
}
