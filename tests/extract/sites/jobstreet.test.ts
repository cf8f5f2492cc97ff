import { describe, expect, it } from 'vitest';
import { jobstreet } from '../../../lib/extract/sites/jobstreet';
import { parseHtml, readOwnPage } from '../../helpers/dom';

// Hand-written pages modelled on JobStreet's SEEK-platform markup (see the fixture comments).
describe('jobstreet', () => {
  it('search page: three JobCards, one with an agency fee and a kept passport', () => {
    const url = 'https://my.jobstreet.com/factory-operator-jobs/in-Penang';
    const cards = jobstreet.extract(parseHtml(readOwnPage('jobstreet/search_factory_malaysia.html'), url), new URL(url));
    expect(cards).toHaveLength(3);
    expect(cards[0]!.posting).toMatchObject({
      id: 'jobstreet:75012345',
      title: 'Production Operator (Day Shift)',
      company: 'Penang Precision Sdn Bhd',
      location: 'Bayan Lepas, Penang',
      salary: 'RM 1,700 \u2013 RM 2,100 per month',
      url: 'https://my.jobstreet.com/job/75012345?type=standard&ref=search-standalone',
    });
    expect(cards[1]!.posting.salary).toBeUndefined();
    expect(cards[1]!.posting.description).toBe('Agency fee RM 4,500 deducted from salary over 12 months. Passport kept by employer for safety.');
  });

  it('job page: the risky posting in full', () => {
    const url = 'https://my.jobstreet.com/job/75012999';
    const doc = parseHtml(readOwnPage('jobstreet/job_glove_factory.html'), url);
    expect(jobstreet.isListing(doc)).toBe(false);
    const [item] = jobstreet.extract(doc, new URL(url));
    expect(item!.posting).toMatchObject({ id: 'jobstreet:75012999', title: 'Foreign Workers Wanted - Glove Factory', company: 'Sentosa Manpower Agency', location: 'Kulim, Kedah' });
    expect(item!.posting.description).toContain('Passport kept by employer for safety until contract ends\nSalary paid through the agent every 2 months');
  });

  it('matches every JobStreet country site', () => {
    for (const host of ['my.jobstreet.com', 'www.jobstreet.com.sg', 'ph.jobstreet.com', 'id.jobstreet.com', 'www.jobstreet.co.id']) {
      expect(jobstreet.matches(new URL(`https://${host}/jobs`))).toBe(true);
    }
  });
});
