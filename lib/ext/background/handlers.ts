import { browser, type Browser } from 'wxt/browser';
import { screen } from '../../engine/index';
import type { RadarDb } from '../db';
import { resourcesFor } from '../resources';
import type { BackgroundMessage } from '../messaging';
import { loadSettings } from '../settings';
import type { FeedService } from './feeds';
import { recordHistory } from './history';
import { sendToScreener } from './inject';
import type { RulesStore } from './rules-store';
import { setToolbarBadge } from './toolbar';

export interface HandlerDeps {
  rules: RulesStore;
  feeds: FeedService;
  db: () => RadarDb;
}

/**
 * The merged rule set for the popup and options page: which feeds it comes from (publisher,
 * version, date, expiry), how many rules are in use after the merge, and in which languages.
 */
export async function feedStatus(rules: RulesStore, db: RadarDb) {
  const active = await rules.active();
  const rows = await db.feeds.bulkGet(active.feeds.map((f) => f.subscriptionId));
  const inUse = active.merged.rules.filter((r) => r.status !== 'deprecated');
  const coverage: Record<string, number> = {};
  for (const r of inUse) for (const k of Object.keys(r.explanation)) coverage[k] = (coverage[k] ?? 0) + 1;
  return {
    feeds: active.feeds.map((f, i) => ({
      subscriptionId: f.subscriptionId,
      version: f.version,
      publisher: { id: f.publisher, name: rows[i]?.publisher.name ?? f.publisher },
      publishedAt: rows[i]?.publishedAt ?? '',
      expiresAt: f.expiresAt,
      ruleCount: rows[i]?.ruleCount ?? 0,
      expired: f.expired,
    })),
    ruleCount: inUse.length,
    /** Rules a higher-priority feed replaced or switched off (lib/feed/merge.ts). */
    shadowed: active.merged.shadowed.length,
    disabled: active.merged.disabled.length,
    coverage,
  };
}

/** Screens a batch with the compiled rules; adds the verified help lines for the countries named. */
export async function screenBatch(rules: RulesStore, postings: Parameters<typeof screen>[0][], locale: string) {
  const active = await rules.active();
  if (active.feeds.length === 0) throw new Error('no rules installed');
  const verdicts = postings.map((p) => screen(p, active.compiled, { locale }));
  const countries = [...new Set(verdicts.flatMap((v) => v.countries))];
  return { verdicts, resources: resourcesFor(countries, active.merged.resources, 200) };
}

/** Deletes everything personal: history, settings, per-tab state. Rules and feed subscriptions stay (they are not about the user). */
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
      return feedStatus(deps.rules, deps.db());
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
    case 'feeds-list':
      return deps.feeds.list();
    case 'feed-add':
      return deps.feeds.add({ url: m.url, publicKey: m.publicKey });
    case 'feed-remove':
      return deps.feeds.remove(m.id);
    case 'feed-update':
      return deps.feeds.updateNow(m.id);
  }
}
