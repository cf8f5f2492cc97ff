import { extractFromDocument, looksLikeJobPage } from '../../extract/html/index';
import { pickResources, type Resource } from '../resources';
import { byRisk, countLevels, MAX_ITEMS_IN_REPLY, titleOf, type PageResults, type ScreenedItem } from '../results';
import { autoScreenAllowed, effectiveLocale, showsBadge, type Settings } from '../settings';
import { BadgeLayer } from './badges';
import { EvidenceHighlighter } from './highlight';
import { observeMutations, watchNavigation } from './observe';
import { FloatingPanel } from './panel';
import type { ScreenFn } from '../screen-client';
import { screenItems, VerdictCache, type Screened } from './screen-items';

export interface ScreenerDeps {
  doc: Document;
  settings: Settings;
  uiLanguage: string;
  /** Screens a batch of postings (the background does it: screen-client.ts). */
  screen: ScreenFn;
  /** To the background; failures are ignored (the worker may be restarting). */
  send(msg: unknown): Promise<unknown>;
  /** False once the extension was reloaded or removed and this script is an orphan. */
  alive(): boolean;
}

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/**
 * The content script's state for one tab. On a page with no posting it does nothing beyond one
 * cheap check (plus a navigation listener); once a page holds postings it follows the page with
 * batched observation, and every scan is cancelled when the next one starts or the page moves on.
 */
export class Screener {
  /** Help lines received with verdicts, for the countries seen on this page. */
  private helpRows = new Map<string, Resource>();
  private items: Screened[] = [];
  private selections: ScreenedItem[] = [];
  private method = 'none';
  private active = false;
  private life = new AbortController();
  private run?: AbortController;
  private url: string;
  private cache = new VerdictCache();
  private historySent = new Set<string>();
  private highlighter = new EvidenceHighlighter();
  private panel = new FloatingPanel(() => {
    this.highlighter.clear();
    this.layer.refresh();
  });
  private layer = new BadgeLayer({
    resourcesFor: (c) => this.resources(c),
    locale: () => this.locale,
    isPanelOpen: (key) => this.panel.openKey === key,
    togglePanel: (item, host) => this.togglePanel(item, host),
    highlight: (item) => this.highlightFor(item.element ?? this.deps.doc.body, item.verdict),
  });

  constructor(private deps: ScreenerDeps) {
    this.url = deps.doc.location?.href ?? deps.doc.URL;
  }

  private get locale(): string {
    return effectiveLocale(this.deps.settings, this.deps.uiLanguage);
  }

  /** At page load: screen if automatic screening applies here and the page holds postings. */
  start(): Promise<void> {
    if (!autoScreenAllowed(this.deps.settings, this.url)) return Promise.resolve();
    if (looksLikeJobPage(this.deps.doc, this.url)) return this.activate();
    // A single-page site may navigate to its jobs section later; an event listener costs nothing.
    watchNavigation(() => {
      this.url = this.deps.doc.URL;
      if (!this.active && looksLikeJobPage(this.deps.doc, this.url)) void this.activate();
    }, this.life.signal);
    return Promise.resolve();
  }

  /** Start following the page (automatically, or because the user asked to check it). */
  activate(): Promise<void> {
    if (!this.active) {
      this.active = true;
      const root = this.deps.doc.documentElement;
      observeMutations(root, () => this.onChange(), this.life.signal);
      watchNavigation(() => this.onChange(), this.life.signal);
    }
    return this.scan();
  }

  private onChange(): void {
    if (!this.deps.alive()) return this.stop();
    const href = this.deps.doc.URL;
    if (href !== this.url) {
      // A new page in the same document: nothing from the old one may linger.
      this.url = href;
      this.run?.abort();
      this.items = [];
      this.cache.clear();
      this.panel.close();
      this.layer.clear();
    }
    void this.scan();
  }

  async scan(): Promise<void> {
    this.run?.abort();
    const run = (this.run = new AbortController());
    try {
      const found = extractFromDocument(this.deps.doc, this.url);
      this.items = await screenItems(found.postings, this.deps.screen, this.locale, this.cache, run.signal, (r) => this.keepResources(r));
      this.method = found.method;
      this.render();
      this.report();
    } catch (e) {
      if (!isAbort(e)) console.warn('[Recruit Radar] screening failed:', e);
    }
  }

  /** Screens text the user selected or sent, and shows the result (in the popup only, in discreet mode). */
  async checkText(text: string): Promise<PageResults> {
    const posting = { description: text, url: this.url };
    const reply = await this.deps.screen([posting], this.locale);
    this.keepResources(reply.resources);
    const verdict = reply.verdicts[0]!;
    const item: ScreenedItem = { key: `s${Date.now()}`, title: titleOf(posting), level: verdict.level, verdict, origin: 'selection' };
    this.selections = [item, ...this.selections].slice(0, 5);
    if (!this.deps.settings.discreet) {
      this.panel.open({ ...this.panelContent(item), onShowEvidence: this.highlightFor(this.deps.doc.body, verdict) });
    }
    this.report();
    return this.results();
  }

  results(): PageResults {
    const all = [...this.selections, ...this.items.map((s) => this.toItem(s)).sort(byRisk)];
    const items = all.slice(0, MAX_ITEMS_IN_REPLY);
    const resources = pickResources([...this.helpRows.values()], [...new Set(items.flatMap((i) => i.verdict.countries))]);
    return { url: this.url, active: this.active, method: this.method, items, more: Math.max(0, all.length - MAX_ITEMS_IN_REPLY), resources };
  }

  setSettings(s: Settings): void {
    const relocalise = effectiveLocale(s, this.deps.uiLanguage) !== this.locale;
    this.deps.settings = s;
    if (relocalise) {
      this.cache.clear();
      if (this.active) void this.scan();
    } else this.render();
  }

  stop(): void {
    this.life.abort();
    this.run?.abort();
    this.panel.close();
    this.layer.clear();
    this.highlighter.clear();
  }

  private keepResources(rows: Resource[]): void {
    for (const r of rows) this.helpRows.set(`${r.country}\u0000${r.kind}\u0000${r.organisation}`, r);
  }

  private resources(countries: readonly string[]): Resource[] {
    return pickResources([...this.helpRows.values()], countries).slice(0, 12);
  }

  private render(): void {
    if (this.deps.settings.discreet) {
      this.panel.close();
      this.layer.clear();
      return;
    }
    this.layer.sync(this.items, (level) => showsBadge(this.deps.settings, level));
  }

  private togglePanel(item: Screened, host: HTMLElement): void {
    if (this.panel.openKey === item.key) return this.panel.close();
    const content = this.panelContent(this.toItem(item));
    this.panel.open({ ...content, onShowEvidence: this.highlightFor(item.element ?? this.deps.doc.body, item.verdict) }, host);
    this.layer.refresh();
  }

  private highlightFor(root: Node, verdict: ScreenedItem['verdict']) {
    this.highlighter.show(root, [...verdict.findings, ...verdict.mitigations].flatMap((f) => f.evidence));
    return (e: Parameters<EvidenceHighlighter['reveal']>[0]) => this.highlighter.reveal(e);
  }

  private panelContent(item: ScreenedItem) {
    return { key: item.key, verdict: item.verdict, title: item.origin === 'page' ? item.title : undefined, origin: item.origin, resources: this.resources(item.verdict.countries), locale: this.locale };
  }

  private toItem(s: Screened): ScreenedItem {
    return { key: s.key, title: titleOf(s.posting), url: s.posting.url, level: s.verdict.level, verdict: s.verdict, origin: 'page' };
  }

  private report(): void {
    const all = [...this.items.map((s) => s.verdict), ...this.selections.map((s) => s.verdict)];
    this.deps.send({ type: 'page-summary', counts: countLevels(all) }).catch(() => undefined);
    if (!this.deps.settings.history) return;
    const fresh = this.items.filter((s) => !this.historySent.has(s.key)).slice(0, 200);
    if (fresh.length === 0) return;
    for (const s of fresh) this.historySent.add(s.key);
    const items = fresh.map((s) => ({ url: (s.posting.url ?? this.url).slice(0, 2_000), title: titleOf(s.posting).slice(0, 300), level: s.verdict.level }));
    this.deps.send({ type: 'record-history', items }).catch(() => undefined);
  }
}
