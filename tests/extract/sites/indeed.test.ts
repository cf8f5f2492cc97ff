import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../../lib/extract/html/index';
import { indeed } from '../../../lib/extract/sites/indeed';
import { parseHtml, readOwnPage } from '../../helpers/dom';
import { readSharedPage, sharedPagesExist, warnIfSharedPagesAbsent } from '../../helpers/shared-fixtures';

warnIfSharedPagesAbsent();

describe.skipIf(!sharedPagesExist)('indeed on the real saved viewjob page', () => {
  it('title, company and description from the page; location and structured data from its JSON-LD', () => {
    const url = 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5';
    const doc = parseHtml(readSharedPage('indeed/us_viewjob_canonical_engineering_manager.html'), url);
    expect(indeed.isListing(doc)).toBe(false);
    const [own] = indeed.extract(doc, new URL(url));
    expect(own!.posting).toMatchObject({ id: 'indeed:bf873f62104b48b5', title: 'Engineering Manager, Sustaining Software Engineering, Worldwide', company: 'Canonical - Jobs' });
    // "Full-time" is the only entry in #salaryInfoAndJobType: no salary is invented from it.
    expect(own!.posting.salary).toBeUndefined();
    const r = extractFromDocument(doc, url);
    expect(r.postings[0]!.posting).toMatchObject({
      location: 'Austin, TX, US; Remote',
      structured: { employmentType: ['FULL_TIME'], datePosted: '2023-04-13T16:38:22Z' },
    });
    expect(r.postings[0]!.posting.description).toMatch(/^This is an exciting opportunity/);
    expect(r.postings[0]!.posting.description).toContain('What your day will look like\n\nManage and lead a distributed team of engineers');
    expect(r.postings[0]!.element?.classList.contains('jobsearch-JobComponent')).toBe(true);
  });
});

describe('indeed search page (hand-written, modelled on 2022-2024 markup)', () => {
  const url = 'https://www.indeed.com/jobs?q=warehouse&l=Columbus%2C+OH';
  const doc = parseHtml(readOwnPage('indeed/search_warehouse_columbus.html'), url);

  it('one posting per card; the ad slot between cards is not a posting', () => {
    expect(indeed.isListing(doc)).toBe(true);
    const cards = indeed.extract(doc, new URL(url));
    expect(cards.map((c) => c.posting.title)).toEqual(['Warehouse Associate - Day Shift', 'Forklift Operator', 'Inventory Control Clerk']);
    expect(cards[0]!.posting).toMatchObject({
      id: 'indeed:3f9a1c2b7d4e5f60',
      company: 'Buckeye Distribution Co.',
      location: 'Columbus, OH 43228',
      salary: '$18.50 - $21.00 an hour',
      url: 'https://www.indeed.com/rc/clk?jk=3f9a1c2b7d4e5f60&bb=abc&fccid=1&vjs=3',
      description: 'Pick, pack and ship customer orders using RF scanners.\nPaid weekly; overtime available after 40 hours.',
    });
    expect(cards[1]!.posting.salary).toBeUndefined();
    expect(cards.every((c) => c.element?.classList.contains('cardOutline'))).toBe(true);
  });

  it('matches Indeed country hosts', () => {
    expect(indeed.matches(new URL('https://ae.indeed.com/jobs?q=driver'))).toBe(true);
    expect(indeed.matches(new URL('https://www.indeed.co.uk/viewjob?jk=1'))).toBe(true);
    expect(indeed.matches(new URL('https://indeedjobs.example.com/'))).toBe(false);
  });
});
