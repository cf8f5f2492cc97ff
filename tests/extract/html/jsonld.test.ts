import { describe, expect, it } from 'vitest';
import { extractJsonLd, hasJsonLdJobPosting, MAX_JSONLD_CHARS } from '../../../lib/extract/html/jsonld';
import { parseHtml, readOwnPage } from '../../helpers/dom';
import { readSharedPage, sharedPagesExist, warnIfSharedPagesAbsent } from '../../helpers/shared-fixtures';

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const page = (...blocks: string[]) => parseHtml(`<html><head>${blocks.join('')}</head><body></body></html>`, 'https://jobs.example.com/p/1');

describe('extractJsonLd on hand-written pages', () => {
  it('reads a JobPosting inside @graph, with an @type array and an @id reference to its organisation', () => {
    const url = 'https://careers.maplecare.example.ca/jobs/home-support-worker';
    const { postings, notes } = extractJsonLd(parseHtml(readOwnPage('generic/jsonld-graph.html'), url), url);
    expect(notes).toEqual([]);
    expect(postings).toHaveLength(1);
    const p = postings[0]!.posting;
    expect(p.title).toBe('Home Support Worker (Caregiver)');
    expect(p.company).toBe('MapleCare Home Health Inc.');
    expect(p.location).toBe('Kelowna, BC, CA; Vernon, BC, CA');
    expect(p.salary).toBe('CAD 24.50\u201327 per hour');
    expect(p.contact).toBe('jobs@maplecare.example.ca; +1 250 555 0100');
    expect(p.url).toBe('https://careers.maplecare.example.ca/jobs/home-support-worker');
    expect(p.description).toContain('We are hiring Home Support Workers for Kelowna & Vernon.');
    expect(p.description).toContain('pay all recruitment fees. You will never be asked for money. Hours: 37.5 per week \u2013 2 days off.');
    expect(p.description).not.toContain('alert');
    expect(p.description).not.toContain('<');
    expect(p.structured).toEqual({
      hiringOrganization: { name: 'MapleCare Home Health Inc.', sameAs: 'https://www.linkedin.com/company/maplecare-example', url: 'https://maplecare.example.ca' },
      baseSalary: { currency: 'CAD', min: 24.5, max: 27, unitText: 'HOUR' },
      jobLocation: [
        { street: '1200 Main St', locality: 'Kelowna', region: 'BC', country: 'CA' },
        { locality: 'Vernon', region: 'BC', country: 'CA' },
      ],
      employmentType: ['FULL_TIME', 'PERMANENT'],
      datePosted: '2024-02-20',
      validThrough: '2024-04-30T23:59:59-07:00',
      identifier: 'HSW-2024-017',
    });
  });

  it('reads a top-level array with string organisation, plain-number salary and comma-separated types', () => {
    const url = 'https://www.gulfdreams-manpower.example.com/vacancies';
    const { postings } = extractJsonLd(parseHtml(readOwnPage('generic/jsonld-array.html'), url), url);
    expect(postings.map((p) => p.posting.title)).toEqual(['Cleaners (Male/Female) for Qatar', 'Office Assistant']);
    const [risky, office] = postings.map((p) => p.posting);
    expect(risky).toMatchObject({
      company: 'Gulf Dreams Manpower',
      location: 'Doha, Qatar',
      salary: 'QAR 1,200',
      url: 'https://www.gulfdreams-manpower.example.com/vacancies#cleaners',
      structured: { baseSalary: { value: 1200, currency: 'QAR' }, employmentType: ['FULL_TIME', 'CONTRACTOR'] },
    });
    expect(risky!.description).toContain('Registration fee 35,000 NPR');
    expect(office).toMatchObject({ location: 'Putalisadak, Kathmandu', salary: 'NPR 25,000 monthly', contact: '+977 1 4000000' });
    // "javascript:" is never kept as a url; the page's address is used instead.
    expect(office!.url).toBe(url);
  });

  it('skips a malformed block with a note and still reads the others (raw newlines in strings are tolerated)', () => {
    const url = 'https://jobs.harbourhotel.example.com/housekeeping-attendant';
    const { postings, notes } = extractJsonLd(parseHtml(readOwnPage('generic/malformed-jsonld.html'), url), url);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^JSON-LD block 1 skipped: not valid JSON/);
    expect(postings).toHaveLength(1);
    expect(postings[0]!.posting).toMatchObject({ title: 'Housekeeping Attendant', company: 'Harbour Hotel Group', location: 'Auckland, NZ', salary: 'NZD 23.15 per hour' });
  });
});

describe('extractJsonLd on inline cases', () => {
  it('finds postings nested in an ItemList and in WebPage.mainEntity', () => {
    const list = ld(JSON.stringify({ '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: { '@type': 'JobPosting', title: 'A' } }, { '@type': 'ListItem', item: { '@type': 'JobPosting', title: 'B' } }] }));
    const webpage = ld(JSON.stringify({ '@type': 'WebPage', mainEntity: { '@type': 'schema:JobPosting', title: 'C' } }));
    expect(extractJsonLd(page(list, webpage)).postings.map((p) => p.posting.title)).toEqual(['A', 'B', 'C']);
  });

  it('accepts type attributes in any case and with parameters, and HTML-comment wrappers', () => {
    const doc = parseHtml(`<script type="Application/LD+JSON; charset=utf-8"><!-- {"@type":"JobPosting","title":"X"} --></script>`);
    expect(extractJsonLd(doc).postings[0]?.posting.title).toBe('X');
  });

  it('reads baseSalary as MonetaryAmount with a plain value, and as a string', () => {
    const a = ld('{"@type":"JobPosting","title":"A","baseSalary":{"@type":"MonetaryAmount","currency":"USD","value":"3,000","unitText":"MONTH"}}');
    const b = ld('{"@type":"JobPosting","title":"B","baseSalary":"Negotiable"}');
    const [pa, pb] = extractJsonLd(page(a, b)).postings.map((p) => p.posting);
    expect(pa).toMatchObject({ salary: 'USD 3,000 per month', structured: { baseSalary: { currency: 'USD', value: 3000, unitText: 'MONTH' } } });
    expect(pb?.salary).toBe('Negotiable');
    expect(pb?.structured?.baseSalary).toBeUndefined();
  });

  it('skips a block over the 2 MB cap with a note', () => {
    const huge = ld(`{"@type":"JobPosting","title":"big","description":"${'x'.repeat(MAX_JSONLD_CHARS)}"}`);
    const small = ld('{"@type":"JobPosting","title":"small"}');
    const { postings, notes } = extractJsonLd(page(huge, small));
    expect(postings.map((p) => p.posting.title)).toEqual(['small']);
    expect(notes[0]).toMatch(/JSON-LD block 1 skipped: .* over the 2000000 cap/);
  });

  it('ignores non-JobPosting data and postings with nothing to screen', () => {
    const { postings, notes } = extractJsonLd(page(ld('{"@type":"Organization","name":"X"}'), ld('{"@type":"JobPosting"}')));
    expect(postings).toEqual([]);
    expect(notes).toEqual([]);
  });

  it('hasJsonLdJobPosting is a cheap presence test', () => {
    expect(hasJsonLdJobPosting(page(ld('{"@type":"JobPosting","title":"x"}')))).toBe(true);
    expect(hasJsonLdJobPosting(page(ld('{"@type":"Organization"}')))).toBe(false);
  });
});

warnIfSharedPagesAbsent();

describe.skipIf(!sharedPagesExist)('extractJsonLd on real saved pages (../shared/fixtures/pages)', () => {
  it('LinkedIn guest posting: fields, structured data, and the twice-escaped HTML description', () => {
    const url = 'https://www.linkedin.com/jobs/view/power-monitoring-execution-engineer-google-data-center-at-google-3561224688';
    const { postings } = extractJsonLd(parseHtml(readSharedPage('linkedin/linkedin_guest_job_posting.html'), url), url);
    expect(postings).toHaveLength(1);
    const p = postings[0]!.posting;
    expect(p.title).toBe('Power Monitoring Execution Engineer, Google Data Center');
    expect(p.company).toBe('Google');
    expect(p.location).toBe('Austin, TX, US');
    expect(p.structured).toMatchObject({
      hiringOrganization: { name: 'Google', sameAs: 'https://www.linkedin.com/company/google' },
      jobLocation: [{ locality: 'Austin', region: 'TX', country: 'US' }],
      employmentType: ['FULL_TIME'],
      datePosted: '2023-04-11T17:58:27.000Z',
      validThrough: '2023-05-11T17:58:27.000Z',
      identifier: '116042984853512902',
    });
    expect(p.description).toMatch(/^Note: By applying to this position/);
    expect(p.description).toContain('Minimum qualifications:\n\nBachelor\'s degree in Engineering');
    expect(p.description).not.toMatch(/&lt;|<strong>|<br>/);
  });

  it('Indeed viewjob: fields from JSON-LD, remote work noted in the location', () => {
    const url = 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5';
    const { postings } = extractJsonLd(parseHtml(readSharedPage('indeed/us_viewjob_canonical_engineering_manager.html'), url), url);
    expect(postings).toHaveLength(1);
    const p = postings[0]!.posting;
    expect(p).toMatchObject({
      title: 'Engineering Manager, Sustaining Software Engineering, Worldwide',
      company: 'Canonical - Jobs',
      location: 'Austin, TX, US; Remote',
      url,
      structured: { employmentType: ['FULL_TIME'], datePosted: '2023-04-13T16:38:22Z' },
    });
    expect(p.description).toMatch(/^This is an exciting opportunity for an engineering manager/);
    expect(p.description).toContain('Juju & MAAS');
  });

  it('SEEK search pages: site JSON-LD only, no JobPosting', () => {
    const doc = parseHtml(readSharedPage('seek/seek_au_search_results_2020a.html'), 'https://www.seek.com.au/');
    expect(extractJsonLd(doc).postings).toEqual([]);
    expect(hasJsonLdJobPosting(doc)).toBe(false);
  });
});
