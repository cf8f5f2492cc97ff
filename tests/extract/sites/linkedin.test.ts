import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../../lib/extract/html/index';
import { linkedin } from '../../../lib/extract/sites/linkedin';
import { parseHtml } from '../../helpers/dom';
import { readSharedPage, sharedPagesExist, warnIfSharedPagesAbsent } from '../../helpers/shared-fixtures';

warnIfSharedPagesAbsent();

const SEARCH_URL = 'https://bg.linkedin.com/jobs/qa-automation-jobs-sofia';
const load = (file: string, url: string) => parseHtml(readSharedPage(`linkedin/${file}`), url);

describe('linkedin.matches', () => {
  it('claims job paths on any LinkedIn subdomain, nothing else', () => {
    expect(linkedin.matches(new URL('https://bg.linkedin.com/jobs/qa-jobs'))).toBe(true);
    expect(linkedin.matches(new URL('https://www.linkedin.com/jobs/view/123'))).toBe(true);
    expect(linkedin.matches(new URL('https://www.linkedin.com/comm/jobs/view/123'))).toBe(true);
    expect(linkedin.matches(new URL('https://www.linkedin.com/feed/'))).toBe(false);
    expect(linkedin.matches(new URL('https://www.linkedin.com/jobsearch-tips'))).toBe(false);
    expect(linkedin.matches(new URL('https://notlinkedin.com/jobs/'))).toBe(false);
  });
});

describe.skipIf(!sharedPagesExist)('linkedin on real saved pages', () => {
  it('search results 2020a: 25 cards, with titles, companies, locations, links and the card element', () => {
    const doc = load('linkedin_jobs_search_results_2020a.html', SEARCH_URL);
    expect(linkedin.isListing(doc)).toBe(true);
    const cards = linkedin.extract(doc, new URL(SEARCH_URL));
    expect(cards).toHaveLength(25);
    expect(cards.every((c) => c.element?.matches('li.job-result-card'))).toBe(true);
    expect(cards[1]!.posting).toMatchObject({
      id: 'linkedin:1452801029',
      title: 'Automation QA Engineer (Virtualization Backup)',
      company: 'Acronis',
      location: 'Sofia, BG',
      description: 'Participate in manual testing of the product features SKILLS & EXPERIENCE: Virtualization backup team is responsible for integration of ...',
    });
    expect(cards[1]!.posting.url).toMatch(/^https:\/\/bg\.linkedin\.com\/jobs\/view\/automation-qa-engineer-virtualization-backup-at-acronis-1452801029\?/);
    expect(cards[6]!.posting).toMatchObject({ title: 'QA Automation Engineer', company: 'Май Ай Ти Джоб ООД' });
    expect(cards[15]!.posting).toMatchObject({ title: 'QA Specialist | New R&D Center', company: 'JTR' });
    expect(cards[24]!.posting).toMatchObject({ title: 'Senior Test Automation Engineers', company: 'EPAM Systems' });
  });

  it('search results 2020a: the selected card gets the full description from the details pane', () => {
    const cards = linkedin.extract(load('linkedin_jobs_search_results_2020a.html', SEARCH_URL), new URL(SEARCH_URL));
    expect(cards[0]!.posting).toMatchObject({ id: 'linkedin:1448593500', title: 'QA Engineer', company: 'Nuvolo', location: 'Sofia City, Bulgaria' });
    expect(cards[0]!.posting.description!.length).toBeGreaterThan(2_000);
    expect(cards[0]!.posting.description).toMatch(/^Nuvolo is revolutionizing service management for the enterprise\./);
  });

  it('search results 2020b: 25 cards', () => {
    const r = extractFromDocument(load('linkedin_jobs_search_results_2020b.html', SEARCH_URL), SEARCH_URL);
    expect(r.method).toBe('site');
    expect(r.postings).toHaveLength(25);
    expect(r.postings.map((p) => p.posting.company).slice(0, 3)).toEqual(['Acronis', 'Takeaway.com', 'i:FAO Group GmbH']);
    expect(r.postings[4]!.posting).toMatchObject({ id: 'linkedin:1463678372', title: 'Automation QA Engineer', company: 'СИРМА СОЛЮШЪНС АД' });
  });

  it('one result card on its own', () => {
    const url = 'https://bg.linkedin.com/jobs/search';
    const [card] = linkedin.extract(load('linkedin_result_card_fragment.html', url), new URL(url));
    expect(card!.posting).toMatchObject({ id: 'linkedin:1283549484', title: 'Специалист', company: 'Leona', location: 'Shumen, BG' });
  });

  it('guest posting page: the top card and description, completed from JSON-LD', () => {
    const url = 'https://www.linkedin.com/jobs/view/power-monitoring-execution-engineer-google-data-center-at-google-3561224688';
    const doc = load('linkedin_guest_job_posting.html', url);
    expect(linkedin.isListing(doc)).toBe(false);
    const r = extractFromDocument(doc, url);
    expect(r.method).toBe('site');
    expect(r.postings).toHaveLength(1);
    const { posting, element } = r.postings[0]!;
    expect(posting).toMatchObject({
      id: 'linkedin:3561224688',
      title: 'Power Monitoring Execution Engineer, Google Data Center',
      company: 'Google',
      location: 'Austin, TX',
      url,
      lang: 'en',
      structured: { hiringOrganization: { name: 'Google' }, identifier: '116042984853512902', validThrough: '2023-05-11T17:58:27.000Z' },
    });
    expect(posting.description).toMatch(/^Note: By applying to this position/);
    expect(posting.description).toContain('Accommodations for Applicants form');
    expect(posting.description).not.toMatch(/Show more|Show less/);
    expect(element?.matches('section.top-card-layout')).toBe(true);
  });

  it('jobs landing page 2020c: neither listing nor posting', () => {
    const url = 'https://www.linkedin.com/jobs';
    const doc = load('linkedin_jobs_search_2020c.html', url);
    expect(linkedin.isListing(doc)).toBe(false);
    expect(linkedin.extract(doc, new URL(url))).toEqual([]);
    expect(extractFromDocument(doc, url)).toMatchObject({ method: 'none', postings: [] });
  });
});
