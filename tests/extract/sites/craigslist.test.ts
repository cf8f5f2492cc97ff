import { describe, expect, it } from 'vitest';
import { craigslist } from '../../../lib/extract/sites/craigslist';
import { parseHtml, readOwnPage } from '../../helpers/dom';

// Hand-written pages modelled on craigslist markup (see the comment at the top of each fixture).
describe('craigslist', () => {
  it('static search page: three results, absolute links, ids from the link', () => {
    const url = 'https://sfbay.craigslist.org/search/jjj';
    const cards = craigslist.extract(parseHtml(readOwnPage('craigslist/search_jobs.html'), url), new URL(url));
    expect(cards.map((c) => [c.posting.id, c.posting.title, c.posting.location])).toEqual([
      ['craigslist:7712345678', 'Warehouse Associate - $22/hr, benefits', 'oakland west'],
      ['craigslist:7712349999', 'Line Cook (Full Time)', 'mission district'],
      ['craigslist:7712350000', '$$$ WORK FROM HOME - $900/week GUARANTEED $$$', 'san jose'],
    ]);
    expect(cards[2]!.posting.salary).toBe('$900');
    expect(cards[0]!.posting.salary).toBeUndefined();
  });

  it('posting page: title, area, compensation, company; the QR-code box is left out', () => {
    const url = 'https://sfbay.craigslist.org/eby/lab/d/oakland-warehouse-associate-22-hr/7712345678.html';
    const [item] = craigslist.extract(parseHtml(readOwnPage('craigslist/posting_warehouse.html'), url), new URL(url));
    expect(item!.posting).toMatchObject({
      id: 'craigslist:7712345678',
      title: 'Warehouse Associate - $22/hr, benefits',
      location: 'oakland west',
      salary: '$22 per hour, paid weekly',
      company: 'Bayside Fulfillment Inc.',
    });
    expect(item!.posting.description).toMatch(/^Bayside Fulfillment is hiring/);
    expect(item!.posting.description).toContain('\n\n- Pick, pack and ship orders\n- Medical');
    expect(item!.posting.description).not.toContain('QR Code');
  });

  it('pre-2023 posting pages: compensation from p.attrgroup', () => {
    const url = 'https://sfbay.craigslist.org/sfc/trp/d/driver/7600000000.html';
    const html = '<span id="titletextonly">Driver</span><section id="postingbody">Drive.</section><p class="attrgroup"><span>compensation: <b>$25/hr</b></span><span>employment type: <b>part-time</b></span></p>';
    expect(craigslist.extract(parseHtml(html, url), new URL(url))[0]!.posting.salary).toBe('$25/hr');
  });

  it('matches job and gig categories only', () => {
    expect(craigslist.matches(new URL('https://sfbay.craigslist.org/search/jjj'))).toBe(true);
    expect(craigslist.matches(new URL('https://newyork.craigslist.org/search/brk/dmg'))).toBe(true);
    expect(craigslist.matches(new URL('https://sfbay.craigslist.org/eby/lab/d/x/7712345678.html'))).toBe(true);
    expect(craigslist.matches(new URL('https://sfbay.craigslist.org/search/cta'))).toBe(false);
    expect(craigslist.matches(new URL('https://sfbay.craigslist.org/eby/apa/d/x/7712345678.html'))).toBe(false);
  });
});
