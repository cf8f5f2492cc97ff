import { z } from 'zod';
import { browser } from 'wxt/browser';
import { LEVELS, type Level } from '../engine/verdict';

/**
 * User settings, in storage.local (small, read by content scripts directly, never synced: which
 * job sites someone screens is private). Writes are validated strictly; reads repair a damaged or
 * older value field by field instead of breaking the extension.
 */
const Host = z.string().trim().toLowerCase().min(1).max(253).regex(/^[a-z0-9.-]+$/, 'a host name like example.com');

export const SettingsSchema = z.object({
  /** Lowest level that gets an in-page badge. 'none' shows a badge on every screened posting, so "no badge" never has to be read as "no risk". */
  minBadgeLevel: z.enum(LEVELS).default('none'),
  /** Locale for explanations ('auto' = the browser's UI language); rules fall back to English. */
  locale: z.string().max(35).regex(/^(auto|[a-z]{2,3}(-[a-z0-9]{2,8})?)$/).default('auto'),
  /** Where screening runs without being asked: every site that has postings, only listed sites, or nowhere. */
  sites: z.object({ mode: z.enum(['all', 'list', 'off']), list: z.array(Host).max(500).default([]) }).default({ mode: 'all', list: [] }),
  /** No badges or panels in the page; results only in the popup (for people whose screen may be watched). */
  discreet: z.boolean().default(false),
  /**
   * Keep a list of checked postings (url, title, level, date). Off by default: a job-search history
   * on a shared or inspected phone can put a jobseeker at risk; caseworkers can turn it on.
   */
  history: z.boolean().default(false),
});

export type Settings = z.output<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
const KEY = 'settings';

/** Reads stored settings leniently: a damaged or outdated field falls back to its default, the others are kept. */
export function parseSettings(raw: unknown): Settings {
  const src = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, field] of Object.entries(SettingsSchema.shape)) {
    const r = (field as z.ZodType).safeParse(src[k]);
    out[k] = r.success ? r.data : DEFAULT_SETTINGS[k as keyof Settings];
  }
  return out as Settings;
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return parseSettings(got[KEY]);
}

/** Merges a change into the stored settings; the result is validated before it is written. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `cb` with the new settings whenever they change; returns the unsubscribe function. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) cb(parseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Does automatic screening run on this address? ("Check this page" works everywhere regardless.) */
export function autoScreenAllowed(s: Settings, url: string): boolean {
  if (s.sites.mode === 'off') return false;
  if (s.sites.mode === 'all') return true;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return s.sites.list.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Does a posting at this level get an in-page badge? */
export function showsBadge(s: Settings, level: Level): boolean {
  return !s.discreet && LEVELS.indexOf(level) >= LEVELS.indexOf(s.minBadgeLevel);
}

/** The locale explanations are shown in. */
export function effectiveLocale(s: Settings, uiLanguage: string): string {
  const tag = (s.locale === 'auto' ? uiLanguage : s.locale).toLowerCase();
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})?/.exec(tag)?.[0] ?? 'en';
}
