import { describe, expect, it } from 'vitest';
import { bayt } from '../../../lib/extract/sites/bayt';
import { parseHtml, readOwnPage } from '../../helpers/dom';

// Hand-written pages modelled on Bayt.com markup (see the comment at the top of each fixture).
describe('bayt', () => {
  it('search page: one posting per li[data-js-job], including the risky fee/WhatsApp card', () => {
    const url = 'https://www.bayt.com/en/uae/jobs/driver-jobs/';
    const doc = parseHtml(readOwnPage('bayt/search_drivers_uae.html'), url);
    expect(bayt.isListing(doc)).toBe(true);
    const cards = bayt.extract(doc, new URL(url));
    expect(cards.map((c) => c.posting.title)).toEqual(['Heavy Truck Driver', 'Light Vehicle Driver (Staff Transport)', 'URGENT Drivers Needed - Visa Provided', 'Delivery Rider (Motorbike)']);
    expect(cards[0]!.posting).toMatchObject({ id: 'bayt:4867321', company: 'Al Noor Transport LLC', location: 'Dubai \u00b7 UAE', url: 'https://www.bayt.com/en/uae/jobs/heavy-truck-driver-4867321/' });
    expect(cards[2]!.posting).toMatchObject({ company: 'Confidential', location: 'Sharjah \u00b7 UAE' });
    expect(cards[2]!.posting.description).toContain('Pay AED 3,500 visa processing fee before joining. Contact on WhatsApp only');
    expect(cards.every((c) => c.element?.hasAttribute('data-js-job'))).toBe(true);
  });

  it('job page: title, company, location, description and the salary from the facts list', () => {
    const url = 'https://www.bayt.com/en/uae/jobs/heavy-truck-driver-4867321/';
    const doc = parseHtml(readOwnPage('bayt/job_heavy_truck_driver.html'), url);
    expect(bayt.isListing(doc)).toBe(false);
    const [item] = bayt.extract(doc, new URL(url));
    expect(item!.posting).toMatchObject({
      id: 'bayt:4867321',
      title: 'Heavy Truck Driver',
      company: 'Al Noor Transport LLC',
      location: 'Dubai, United Arab Emirates',
      salary: 'AED 4,500 - 5,500',
      url,
    });
    expect(item!.posting.description).toContain('The company pays all recruitment and visa costs.');
    expect(item!.element?.id).toBe('view_inner');
  });

  it('matches job paths on bayt.com only', () => {
    expect(bayt.matches(new URL('https://www.bayt.com/en/saudi-arabia/jobs/'))).toBe(true);
    expect(bayt.matches(new URL('https://www.bayt.com/en/specialties/'))).toBe(false);
  });
});
