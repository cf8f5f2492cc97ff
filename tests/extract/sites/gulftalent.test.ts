import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../../lib/extract/html/index';
import { gulftalent } from '../../../lib/extract/sites/gulftalent';
import { parseHtml, readOwnPage } from '../../helpers/dom';

// Hand-written pages APPROXIMATING GulfTalent markup (see the fixture comments): these tests pin
// the adapter's behaviour, not the live site's.
describe('gulftalent', () => {
  it('search page: three cards with the salary where one is shown', () => {
    const url = 'https://www.gulftalent.com/uae/jobs/title/logistics';
    const cards = gulftalent.extract(parseHtml(readOwnPage('gulftalent/search_logistics_uae.html'), url), new URL(url));
    expect(cards.map((c) => [c.posting.title, c.posting.company, c.posting.location])).toEqual([
      ['Logistics Coordinator', 'Gulf Freight Services LLC', 'Dubai, UAE'],
      ['Warehouse Supervisor', 'Desert Star Trading', 'Abu Dhabi, UAE'],
      ['Procurement Officer', 'Al Waha Hospital Group', 'Al Ain, UAE'],
    ]);
    expect(cards[1]!.posting).toMatchObject({ id: 'gulftalent:412901', salary: 'AED 9,000 - 11,000 per month', url: 'https://www.gulftalent.com/uae/jobs/warehouse-supervisor-412901' });
    expect(cards[0]!.posting.salary).toBeUndefined();
  });

  it('job page without JSON-LD: every field from the adapter, salary from the details table', () => {
    const url = 'https://www.gulftalent.com/uae/jobs/logistics-coordinator-412233';
    const r = extractFromDocument(parseHtml(readOwnPage('gulftalent/job_logistics_coordinator.html'), url), url);
    expect(r.method).toBe('site');
    expect(r.postings[0]!.posting).toMatchObject({
      id: 'gulftalent:412233',
      title: 'Logistics Coordinator',
      company: 'Gulf Freight Services LLC',
      location: 'Dubai, United Arab Emirates',
      salary: 'AED 8,000 - 10,000 per month + transport allowance',
    });
    expect(r.postings[0]!.posting.description).toContain('Responsibilities\n\nCoordinate inbound sea freight');
  });
});
