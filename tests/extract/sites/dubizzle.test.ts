import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../../lib/extract/html/index';
import { dubizzle } from '../../../lib/extract/sites/dubizzle';
import { parseHtml, readOwnPage } from '../../helpers/dom';

// Hand-written pages modelled on the dubizzle / OLX Pakistan platform (see the fixture comments).
describe('dubizzle', () => {
  it('jobs listing: one posting per li[aria-label="Listing"], salary from the price slot', () => {
    const url = 'https://www.dubizzle.sa/en/jobs/';
    const cards = dubizzle.extract(parseHtml(readOwnPage('dubizzle/search_domestic_jobs.html'), url), new URL(url));
    expect(cards.map((c) => [c.posting.id, c.posting.title, c.posting.salary, c.posting.location])).toEqual([
      ['dubizzle:110045821', 'Housemaid for family in Riyadh - fast visa', 'SAR 1,200', 'Al Olaya, Riyadh'],
      ['dubizzle:110046002', 'Family driver required', 'SAR 2,500', 'Al Khobar'],
      ['dubizzle:110047777', 'Restaurant cashier (Iqama transferable)', 'SAR 3,000', 'Jeddah'],
    ]);
    expect(cards[0]!.posting.url).toBe('https://www.dubizzle.sa/en/ad/housemaid-for-family-in-riyadh-ID110045821.html');
    expect(cards[0]!.posting.description).toBe('Processing fee 15,000 PHP before flight. WhatsApp only.');
    expect(cards.every((c) => c.element?.getAttribute('aria-label') === 'Listing')).toBe(true);
  });

  it('ad page in the Jobs category: the risky housemaid ad in full', () => {
    const url = 'https://www.dubizzle.sa/en/ad/housemaid-for-family-in-riyadh-ID110045821.html';
    const r = extractFromDocument(parseHtml(readOwnPage('dubizzle/ad_housemaid_riyadh.html'), url), url);
    expect(r.method).toBe('site');
    const p = r.postings[0]!.posting;
    expect(p).toMatchObject({ id: 'dubizzle:110045821', title: 'Housemaid for family in Riyadh - fast visa', company: 'Fast Manpower Services', location: 'Al Olaya, Riyadh', salary: 'SAR 1,200' });
    expect(p.description).toContain('Processing fee 15,000 PHP to be paid before the flight');
    expect(p.description).toContain('Passport will be kept by the sponsor for safety. No day off during the first year. Do not call, WhatsApp only');
  });

  it('an ad page outside the Jobs category is not a posting', () => {
    const url = 'https://www.dubizzle.sa/en/ad/toyota-camry-2019-ID110000001.html';
    const html = '<nav aria-label="Breadcrumb"><a>Home</a> <a>Vehicles</a> <a>Cars for Sale</a></nav><h1>Toyota Camry 2019</h1><div aria-label="Description">Clean car.</div>';
    expect(dubizzle.matches(new URL(url))).toBe(true);
    expect(dubizzle.extract(parseHtml(html, url), new URL(url))).toEqual([]);
  });

  it('matches dubizzle job sections and ad pages only', () => {
    expect(dubizzle.matches(new URL('https://dubai.dubizzle.com/jobs/'))).toBe(true);
    expect(dubizzle.matches(new URL('https://www.dubizzle.com.eg/en/jobs/'))).toBe(true);
    expect(dubizzle.matches(new URL('https://dubai.dubizzle.com/motors/'))).toBe(false);
  });
});
