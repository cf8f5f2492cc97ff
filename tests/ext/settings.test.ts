import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  autoScreenAllowed, DEFAULT_SETTINGS, effectiveLocale, loadSettings, parseSettings, saveSettings, showsBadge, watchSettings,
} from '../../lib/ext/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults: every level badged, automatic on all sites, not discreet, history off', async () => {
    expect(await loadSettings()).toEqual({ minBadgeLevel: 'none', locale: 'auto', sites: { mode: 'all', list: [] }, discreet: false, history: false });
    expect(DEFAULT_SETTINGS.history).toBe(false);
  });

  it('saves and reloads a change, keeping the other fields', async () => {
    await saveSettings({ discreet: true, locale: 'ar' });
    expect(await loadSettings()).toMatchObject({ discreet: true, locale: 'ar', minBadgeLevel: 'none', history: false });
  });

  it('repairs a damaged stored value field by field', () => {
    const s = parseSettings({ minBadgeLevel: 'extreme', locale: '<script>', sites: { mode: 'some', list: 'x' }, discreet: 'yes', history: true, junk: 1 });
    expect(s).toEqual({ minBadgeLevel: 'none', locale: 'auto', sites: { mode: 'all', list: [] }, discreet: false, history: true });
    expect(parseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses to save an invalid site name', async () => {
    await expect(saveSettings({ sites: { mode: 'list', list: ['bad host!'] } })).rejects.toThrow();
    expect((await loadSettings()).sites).toEqual({ mode: 'all', list: [] });
  });

  it('notifies watchers of changes until unsubscribed', async () => {
    const cb = vi.fn();
    const stop = watchSettings(cb);
    await saveSettings({ minBadgeLevel: 'high' });
    expect(cb).toHaveBeenLastCalledWith(expect.objectContaining({ minBadgeLevel: 'high' }));
    stop();
    await saveSettings({ minBadgeLevel: 'low' });
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('limits automatic screening to listed sites and their subdomains', () => {
    const s = parseSettings({ sites: { mode: 'list', list: ['bayt.com'] } });
    expect(autoScreenAllowed(s, 'https://www.bayt.com/en/uae/jobs/')).toBe(true);
    expect(autoScreenAllowed(s, 'https://bayt.com/')).toBe(true);
    expect(autoScreenAllowed(s, 'https://notbayt.com/')).toBe(false);
    expect(autoScreenAllowed(s, 'https://bayt.com.evil.example/')).toBe(false);
    expect(autoScreenAllowed(s, 'not a url')).toBe(false);
    expect(autoScreenAllowed(DEFAULT_SETTINGS, 'https://any.example/')).toBe(true);
    expect(autoScreenAllowed(parseSettings({ sites: { mode: 'off' } }), 'https://bayt.com/')).toBe(false);
  });

  it('shows badges from the chosen level up, and none in discreet mode', () => {
    const medium = parseSettings({ minBadgeLevel: 'medium' });
    expect(['none', 'low', 'medium', 'high'].map((l) => showsBadge(medium, l as never))).toEqual([false, false, true, true]);
    expect(showsBadge(DEFAULT_SETTINGS, 'none')).toBe(true);
    expect(showsBadge(parseSettings({ discreet: true }), 'high')).toBe(false);
  });

  it('uses the browser language unless one is chosen', () => {
    expect(effectiveLocale(DEFAULT_SETTINGS, 'ar-EG')).toBe('ar-eg');
    expect(effectiveLocale(parseSettings({ locale: 'tl' }), 'en-US')).toBe('tl');
    expect(effectiveLocale(DEFAULT_SETTINGS, '')).toBe('en');
  });
});
