import { browser, type Browser } from 'wxt/browser';
import { screen } from '../../engine/index';
import type { RadarDb } from '../db';
import { resourcesFor } from '../resources';
import type { BackgroundMessage } from '../messaging';
import { loadSettings } from '../settings';
import { recordHistory } from './history';
import { sendToScreener } from './inject';
import type { RulesStore } from './rules-store';
import { setToolbarBadge } from './toolbar';

export interface HandlerDeps {
  rules: RulesStore;
  db: () => RadarDb;
}

/** Feed status for the popup and options page: what the user is protected by, since when, in which languages. */
export async function feedStatus(rules: RulesStore) {
  const active = await rules.active();
  const now = Date.now();
  const coverage: Record<string, number> = {};
  for (const r of active?.data.rules ?? []) for (const k of Object.keys(r.explanation)) coverage[k] = (coverage[k] ?? 0) + 1;
  return {
    feeds: (active?.feeds ?? []).map((f) => ({ ...f, expired: Date.parse(f.expiresAt) < now })),
    ruleCount: active?.data.rules.length ?? 0,
    coverage,
  };
}

/** Screens a batch with the compiled rules; adds the verified help lines for the countries named. */
export async function screenBatch(rules: RulesStore, postings: Parameters<typeof screen>[0][], locale: string) {
  const ready = await rules.compiled();
  if (!ready) throw new Error('no rules installed');
  const verdicts = postings.map((p) => screen(p, ready.compiled, { locale }));
  const countries = [...new Set(verdicts.flatMap((v) => v.countries))];
  return { verdicts, resources: resourcesFor(countries, ready.active.data.resources, 200) };
}

/** Deletes everything personal: history, settings, per-tab state. Rules stay (they are not about the user). */
export async function clearAllData(db: RadarDb): Promise<void> {
  await db.history.clear();
  await browser.storage.local.remove('settings');
  await browser.storage.session?.clear().catch(() => undefined);
}

/** Handles one message that acceptBackgroundMessage has already validated and sender-checked. */
export async function handleMessage(m: BackgroundMessage, sender: Browser.runtime.MessageSender, deps: HandlerDeps): Promise<unknown> {
  switch (m.type) {
    case 'screen':
      return screenBatch(deps.rules, m.postings, m.locale);
    case 'feed-status':
      return feedStatus(deps.rules);
    case 'page-summary': {
      const settings = await loadSettings();
      await setToolbarBadge(sender.tab!.id!, m.counts, settings.discreet).catch(() => undefined);
      return null;
    }
    case 'record-history': {
      // Checked here as well as in the tab: a content script is not trusted to honour the setting.
      if (!(await loadSettings()).history) return null;
      await recordHistory(deps.db(), m.items);
      return null;
    }
    case 'check-tab':
      return sendToScreener(m.tabId, { type: 'check-page' });
    case 'clear-data':
      await clearAllData(deps.db());
      return null;
  }
}
