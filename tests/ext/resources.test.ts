import { describe, expect, it } from 'vitest';
import { resourcesFor } from '../../lib/ext/resources';
import { testFeed } from './helpers/feed';

describe('resources', () => {
  const rows = testFeed().resources;
  it('shows verified rows for the countries the ad names, with source and date', () => {
    const r = resourcesFor(['PH'], rows);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ name: 'DMW hotline', contact: '1348', country: ['PH'], source: { url: 'https://example.org/dmw' }, checked: '2025-09-28' });
  });
  it('never shows unverified rows, malformed rows or rows for other countries', () => {
    expect(resourcesFor(['NP'], rows)).toEqual([]);
    expect(resourcesFor(['AE'], rows)).toEqual([]);
    expect(resourcesFor([], rows)).toEqual([]);
    expect(resourcesFor(['PH'], [null, 'x', { country: 'PH', name: 'no source', contact: '1', checked: '2025' }])).toEqual([]);
    expect(resourcesFor(['PH'], [{ country: 'PH', name: 'js', contact: '1', source: 'javascript:alert(1)', checked: '2025' }])).toEqual([]);
  });
  it('accepts the same facts under other field names and several countries per row', () => {
    const r = resourcesFor(['ae'], [{ countries: ['SA', 'AE'], organisation: 'Hotline', contact: ['800', '801'], sources: [{ url: 'https://e.org', title: 'E' }], sourceDate: '2024-01' }]);
    expect(r[0]).toMatchObject({ name: 'Hotline', contact: '800; 801', source: { title: 'E' }, checked: '2024-01' });
  });
});
