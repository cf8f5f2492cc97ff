import { describe, expect, it } from 'vitest';
import { pickResources, resourcesFor } from '../../lib/ext/resources';
import { testFeed } from './helpers/feed';

describe('resources', () => {
  const rows = testFeed().resources;
  it('shows the rows for the countries the ad names, country rows before worldwide ones', () => {
    const r = resourcesFor(['ph'], rows);
    expect(r.map((x) => x.organisation)).toEqual(['DMW hotline', 'Worldwide line']);
    expect(r[0]).toMatchObject({ phone: ['1348'], source: { url: 'https://example.org/dmw', kind: 'news', date: '2025-09-28' }, checked: '2026-06' });
  });

  it('shows nothing when the ad names no country, and only worldwide rows for other countries', () => {
    expect(resourcesFor([], rows)).toEqual([]);
    expect(resourcesFor(['AE'], rows).map((x) => x.organisation)).toEqual(['Worldwide line']);
  });

  it('drops rows that do not parse (no source, a javascript: address, an unknown kind)', () => {
    const base = { country: 'PH', organisation: 'X', purpose: 'Y', kind: 'helpline', source: { url: 'https://e.org', kind: 'news' }, checked: '2026-06' };
    expect(resourcesFor(['PH'], [null, 'x', { ...base, source: undefined }, { ...base, web: ['javascript:alert(1)'] }, { ...base, kind: 'cult' }])).toEqual([]);
    expect(resourcesFor(['PH'], [base])).toHaveLength(1);
  });

  it('EU-wide rows cover member states', () => {
    const eu = { country: 'EU', organisation: '116 006', purpose: 'Victims of crime', kind: 'helpline', phone: ['116 006'], source: { url: 'https://e.org', kind: 'official' }, checked: '2026-06' };
    expect(resourcesFor(['DE'], [eu])).toHaveLength(1);
    expect(pickResources(resourcesFor(['DE'], [eu]), ['US'])).toEqual([]);
    expect(pickResources(resourcesFor(['DE'], [eu]), ['RO'])).toHaveLength(1);
  });
});
