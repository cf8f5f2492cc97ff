import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../../lib/extract/html/index';
import { seek } from '../../../lib/extract/sites/seek';
import { parseHtml, readOwnPage } from '../../helpers/dom';
import { readSharedPage, sharedPagesExist, warnIfSharedPagesAbsent } from '../../helpers/shared-fixtures';

warnIfSharedPagesAbsent();

describe.skipIf(!sharedPagesExist)('seek on real saved search pages', () => {
  it('2020a: 22 cards (2 premium, 20 normal) with salary where shown and relative links made absolute', () => {
    const url = 'https://www.seek.com.au/test-automation-jobs/in-All-Sydney-NSW';
    const doc = parseHtml(readSharedPage('seek/seek_au_search_results_2020a.html'), url);
    expect(seek.isListing(doc)).toBe(true);
    const cards = seek.extract(doc, new URL(url));
    expect(cards).toHaveLength(22);
    expect(cards.every((c) => c.element?.tagName === 'ARTICLE')).toBe(true);
    expect(cards[0]!.posting).toMatchObject({
      id: 'seek:40624451',
      title: 'Senior Performance Engineer',
      company: 'Cognizant Technology Solutions Australia Pty Ltd',
      location: 'Sydney',
      salary: '$80,000 - $119,999',
      description: 'Techno-Functional Quality Engineering lead who can work in a challenging Stores environment to develop, Test and debug software changes',
      url: 'https://www.seek.com.au/job/40624451?type=promoted#searchRequestToken=94ba008b-4209-4dd0-80f6-d858b596f40e',
    });
    expect(cards[14]!.posting).toMatchObject({ title: 'Automation Test Engineer', company: 'Opus Recruitment Solutions', salary: '$600 - $750 per day' });
    expect(cards.filter((c) => c.posting.salary).length).toBe(7);
  });

  it('2020b: 20 cards', () => {
    const url = 'https://www.seek.com.au/qa-automation-jobs/in-All-Sydney-NSW';
    const r = extractFromDocument(parseHtml(readSharedPage('seek/seek_au_search_results_2020b.html'), url), url);
    expect(r.method).toBe('site');
    expect(r.postings).toHaveLength(20);
    expect(r.postings[3]!.posting).toMatchObject({ id: 'seek:39888073', title: 'Guidewire Automation Tester', salary: '$73,000 - $85, 000' });
    expect(r.postings[18]!.posting).toMatchObject({ title: 'Junior V&V Engineer - Embedded Systems', company: 'MCS Consulting', salary: '$80k package' });
  });

  it('one 2019 card on its own', () => {
    const url = 'https://www.seek.com.au/jobs';
    const [card] = seek.extract(parseHtml(readSharedPage('seek/seek_au_result_card_fragment.html'), url), new URL(url));
    expect(card!.posting).toMatchObject({ id: 'seek:39900475', title: 'Technical Lead - Android / Kotlin / iOS / Swift', company: 'Finite IT Recruitment Solutions', location: 'Sydney' });
  });
});

describe('seek posting page (hand-written, modelled on SEEK job details)', () => {
  const url = 'https://www.seek.com.au/job/73581234';
  const doc = parseHtml(readOwnPage('seek/job_aged_care_worker.html'), url);

  it('reads every field from the data-automation hooks', () => {
    expect(seek.isListing(doc)).toBe(false);
    const [item] = seek.extract(doc, new URL(url));
    expect(item!.posting).toMatchObject({
      id: 'seek:73581234',
      title: 'Aged Care Worker (Personal Care) - Full Time',
      company: 'Illawarra Seniors Living Ltd',
      location: 'Wollongong NSW',
      salary: '$32 \u2013 $36 per hour + super',
      url,
    });
    expect(item!.posting.description).toContain('What we offer\n\nPermanent full-time role');
    expect(item!.posting.description).toContain('We never charge candidates any recruitment fee');
    expect(item!.element?.getAttribute('data-automation')).toBe('jobDetailsPage');
  });

  it('matches SEEK hosts only', () => {
    expect(seek.matches(new URL('https://www.seek.co.nz/jobs'))).toBe(true);
    expect(seek.matches(new URL('https://seek.com.au.evil.example/jobs'))).toBe(false);
  });
});
