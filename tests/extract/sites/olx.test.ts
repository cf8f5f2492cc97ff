import { describe, expect, it } from 'vitest';
import { olx } from '../../../lib/extract/sites/olx';
import { parseHtml, readOwnPage } from '../../helpers/dom';

// Hand-written pages modelled on OLX Pakistan (see the fixture comments); the inline cases cover
// OLX's other two code bases with the hooks the adapter relies on.
describe('olx', () => {
  it('OLX Pakistan jobs listing: three cards with links, salary and location', () => {
    const url = 'https://www.olx.com.pk/jobs_c4';
    const cards = olx.extract(parseHtml(readOwnPage('olx/search_jobs_pk.html'), url), new URL(url));
    expect(cards.map((c) => c.posting.title)).toEqual(['Driver jobs in Dubai - visa ready', 'Office boy required', 'Electricians for Saudi project (OEP licence 1234/RWP)']);
    expect(cards[0]!.posting).toMatchObject({ id: 'olx:1078812345', salary: 'Rs 150,000', location: 'Saddar, Rawalpindi', url: 'https://www.olx.com.pk/item/driver-jobs-in-dubai-visa-ready-iid-1078812345' });
  });

  it('OLX Pakistan ad page in Jobs: the risky Dubai driver ad, company from the details', () => {
    const url = 'https://www.olx.com.pk/item/driver-jobs-in-dubai-visa-ready-iid-1078812345';
    const [item] = olx.extract(parseHtml(readOwnPage('olx/item_driver_dubai.html'), url), new URL(url));
    expect(item!.posting).toMatchObject({ id: 'olx:1078812345', title: 'Driver jobs in Dubai - visa ready', company: 'Golden Future Travel', salary: 'Rs 150,000', location: 'Saddar, Rawalpindi' });
    expect(item!.posting.description).toContain('Visa fee Rs 450,000: half now, half after visa.');
  });

  it('an OLX ad page outside Jobs is not a posting', () => {
    const url = 'https://www.olx.com.pk/item/honda-civic-2017-iid-1000000001';
    const html = '<nav aria-label="Breadcrumb"><a>Home</a> <a>Vehicles</a> <a>Cars</a></nav><h1>Honda Civic 2017</h1><div aria-label="Description">Good condition.</div>';
    expect(olx.extract(parseHtml(html, url), new URL(url))).toEqual([]);
  });

  it('OLX India (data-aut-id) and OLX Poland (data-cy) cards', () => {
    const inUrl = 'https://www.olx.in/jobs_c4';
    const inHtml = '<ul><li data-aut-id="itemBox"><a href="/item/cook-needed-iid-1700000001"><span data-aut-id="itemPrice">₹ 18,000</span><span data-aut-id="itemTitle">Cook needed</span><span data-aut-id="item-location">Andheri, Mumbai</span></a></li></ul>';
    expect(olx.extract(parseHtml(inHtml, inUrl), new URL(inUrl))[0]!.posting).toMatchObject({ id: 'olx:1700000001', title: 'Cook needed', salary: '₹ 18,000', location: 'Andheri, Mumbai' });
    const plUrl = 'https://www.olx.pl/praca/';
    const plHtml = '<div data-cy="l-card" id="901234567"><a href="/oferta/praca/magazynier-CID4-ID1a2b3.html"><h6>Magazynier</h6></a><p data-testid="ad-price">4 500 zł</p><p data-testid="location-date">Poznań - Dzisiaj o 10:00</p></div>';
    expect(olx.extract(parseHtml(plHtml, plUrl), new URL(plUrl))[0]!.posting).toMatchObject({ id: 'olx:901234567', title: 'Magazynier', salary: '4 500 zł', url: 'https://www.olx.pl/oferta/praca/magazynier-CID4-ID1a2b3.html' });
  });

  it('matches job sections and ad pages on OLX hosts', () => {
    expect(olx.matches(new URL('https://www.olx.com.pk/jobs_c4'))).toBe(true);
    expect(olx.matches(new URL('https://www.olx.pl/praca/'))).toBe(true);
    expect(olx.matches(new URL('https://www.olx.com.pk/cars_c84'))).toBe(false);
  });
});
