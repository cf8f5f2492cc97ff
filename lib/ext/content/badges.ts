import { h, render } from 'preact';
import type { Evidence } from '../../engine/document';
import { levelAtLeast, type Level } from '../../engine/index';
import { BadgeView } from '../ui/BadgeView';
import type { Resource } from '../resources';
import { BADGE_TAG, createHost } from './host-element';
import type { Screened } from './screen-items';

/**
 * The in-page badges: one closed-shadow host per posting, next to its card (listing) or at the
 * top of the posting. Hosts are reused across rescans; a host the page removes is put back at
 * most MAX_REINSERTS times, so a page fighting the badge cannot make us loop.
 */
const MAX_REINSERTS = 3;

interface Entry {
  item: Screened;
  host: HTMLElement;
  mount: HTMLElement;
  expanded: boolean;
  reinserts: number;
}

export interface BadgeLayerDeps {
  resourcesFor(countries: readonly string[]): Resource[];
  locale(): string;
  /** Listing badge clicked: open (or close) the floating panel for this posting. */
  togglePanel(item: Screened, badgeHost: HTMLElement): void;
  isPanelOpen(key: string): boolean;
  /** Posting-page panel opened: highlight its evidence; returns the "show in page" callback. */
  highlight(item: Screened): (e: Evidence) => boolean;
}

export class BadgeLayer {
  private entries = new Map<string, Entry>();
  private dock?: HTMLElement;
  private single = false;

  constructor(private deps: BadgeLayerDeps) {}

  /** Shows badges for `items` whose level passes `show`, removes the rest. */
  sync(items: readonly Screened[], show: (level: Level) => boolean): void {
    this.single = items.length === 1;
    const keep = new Set<string>();
    for (const item of items) {
      if (!show(item.verdict.level)) continue;
      keep.add(item.key);
      let e = this.entries.get(item.key);
      if (!e) {
        const { host, mount } = createHost(BADGE_TAG);
        e = { item, host, mount, expanded: this.single && levelAtLeast(item.verdict.level, 'medium'), reinserts: 0 };
        this.entries.set(item.key, e);
        this.place(e);
      } else if (!e.host.isConnected && e.reinserts < MAX_REINSERTS) {
        e.reinserts++;
        this.place(e);
      }
      const changed = e.item.verdict !== item.verdict;
      e.item = item;
      if (changed || !e.mount.firstChild) this.render(e);
    }
    for (const [key, e] of this.entries) if (!keep.has(key)) this.drop(key, e);
  }

  /** Re-renders every badge (after the panel opened or closed elsewhere). */
  refresh(): void {
    for (const e of this.entries.values()) this.render(e);
  }

  clear(): void {
    for (const [key, e] of this.entries) this.drop(key, e);
    this.dock?.remove();
    this.dock = undefined;
  }

  private drop(key: string, e: Entry): void {
    render(null, e.mount);
    e.host.remove();
    this.entries.delete(key);
  }

  private render(e: Entry): void {
    const { item } = e;
    e.host.setAttribute('data-risk-level', item.verdict.level);
    const inline = this.single;
    render(
      h(BadgeView, {
        verdict: item.verdict,
        title: item.posting.title,
        inline,
        expanded: inline ? e.expanded : this.deps.isPanelOpen(item.key),
        resources: this.deps.resourcesFor(item.verdict.countries),
        locale: this.deps.locale(),
        onToggle: () => {
          if (!inline) return this.deps.togglePanel(item, e.host);
          e.expanded = !e.expanded;
          this.render(e);
        },
        onShowEvidence: inline && e.expanded ? this.deps.highlight(item) : undefined,
      }),
      e.mount,
    );
  }

  /** Card: first thing inside it. No card (JSON-LD): after the page's heading, else in a corner dock. */
  private place(e: Entry): void {
    const el = e.item.element;
    if (el?.isConnected) return el.prepend(e.host);
    const title = e.item.posting.title?.trim();
    const h1 = document.querySelector('h1');
    if (h1 && title && h1.textContent?.includes(title.slice(0, 60))) return h1.after(e.host);
    if (!this.dock?.isConnected) {
      this.dock = document.createElement('recruit-radar-dock');
      const s = this.dock.style;
      s.setProperty('all', 'initial', 'important');
      s.setProperty('position', 'fixed', 'important');
      s.setProperty('inset-block-start', '8px', 'important');
      s.setProperty('inset-inline-end', '8px', 'important');
      s.setProperty('z-index', '2147483646', 'important');
      s.setProperty('display', 'block', 'important');
      s.setProperty('max-width', 'min(440px, calc(100vw - 16px))', 'important');
      s.setProperty('max-height', 'calc(100vh - 16px)', 'important');
      s.setProperty('overflow', 'auto', 'important');
      document.documentElement.append(this.dock);
    }
    this.dock.append(e.host);
  }
}
