import { describe, expect, it } from 'vitest';
import { naukrigulf } from '../../../lib/extract/sites/naukrigulf';
import { parseHtml, readOwnPage } from '../../helpers/dom';

// Hand-written pages modelled on Naukrigulf markup (see the comment at the top of each fixture).
describe('naukrigulf', () => {
  it('search page: one posting per srp-tuple, ids from "jid-" in the link', () => {
    const url = 'https://www.naukrigulf.com/jobs-in-kuwait';
    const cards = naukrigulf.extract(parseHtml(readOwnPage('naukrigulf/search_kuwait.html'), url), new URL(url));
    expect(cards.map((c) => c.posting.id)).toEqual(['naukrigulf:200124000111', 'naukrigulf:200124000222', 'naukrigulf:200124000333']);
    expect(cards[1]!.posting).toMatchObject({ title: 'Cleaners & Housemaids - Free Visa', company: 'Star Manpower Consultants', location: 'Kuwait' });
    expect(cards[1]!.posting.description).toContain('Service charge 1,20,000 INR payable to agent. Submit original passport on selection.');
    expect(cards[2]!.posting).toMatchObject({ title: 'Staff Nurse (ICU)', salary: 'KWD 450 - 600' });
    expect(cards.every((c) => c.element?.classList.contains('srp-tuple'))).toBe(true);
  });

  it('job page: header fields and the salary from the details list', () => {
    const url = 'https://www.naukrigulf.com/electrician-jobs-in-doha-qatar-in-qatar-building-co-2-to-6-years-n-cd-10077777-jid-200124000444';
    const [item] = naukrigulf.extract(parseHtml(readOwnPage('naukrigulf/job_electrician_qatar.html'), url), new URL(url));
    expect(item!.posting).toMatchObject({
      id: 'naukrigulf:200124000444',
      title: 'Building Electrician',
      company: 'Qatar Building Co. W.L.L.',
      location: 'Doha - Qatar',
      salary: 'QAR 2,200 - 2,800 per month + food allowance',
    });
    expect(item!.posting.description).toContain('Workers keep their own passports.');
  });

  it('matches job pages only', () => {
    expect(naukrigulf.matches(new URL('https://www.naukrigulf.com/driver-jobs-in-dubai'))).toBe(true);
    expect(naukrigulf.matches(new URL('https://www.naukrigulf.com/career-advice'))).toBe(false);
  });
});
