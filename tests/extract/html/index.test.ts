import { describe, expect, it } from 'vitest';
import { extractFromDocument, looksLikeJobPage } from '../../../lib/extract/html/index';
import { PostingSchema } from '../../../lib/engine/posting';
import { parseHtml, readOwnPage } from '../../helpers/dom';

const jobLd = (title: string) => `<script type="application/ld+json">{"@type":"JobPosting","title":"${title}","description":"d"}</script>`;
const jobMicro = (title: string) => `<div itemscope itemtype="https://schema.org/JobPosting"><h2 itemprop="title">${title}</h2></div>`;

describe('extractFromDocument: source order', () => {
  it('JSON-LD before microdata before readable text', () => {
    const both = parseHtml(`<html><head>${jobLd('from ld')}</head><body>${jobMicro('from micro')}<p>text</p></body></html>`);
    expect(extractFromDocument(both).method).toBe('jsonld');
    const micro = parseHtml(`<body>${jobMicro('from micro')}</body>`);
    expect(extractFromDocument(micro)).toMatchObject({ method: 'microdata', postings: [{ posting: { title: 'from micro' } }] });
    const plain = parseHtml('<body><h1>Cook</h1><p>Cook wanted.</p></body>');
    expect(extractFromDocument(plain, 'https://example.org/cook')).toMatchObject({ method: 'readable', postings: [{ posting: { title: 'Cook', url: 'https://example.org/cook' } }] });
  });

  it('a site adapter comes first, and a single posting is completed from the page JSON-LD', () => {
    const url = 'https://www.bayt.com/en/uae/jobs/heavy-truck-driver-4867321/';
    const r = extractFromDocument(parseHtml(readOwnPage('bayt/job_heavy_truck_driver.html'), url), url);
    expect(r.method).toBe('site');
    expect(r.notes).toEqual(["completed from the page's JSON-LD JobPosting"]);
    const p = r.postings[0]!.posting;
    // The page's own text wins over the JSON-LD's shorter description...
    expect(p.description).toContain('container haulage between Jebel Ali port');
    // ...and the JSON-LD supplies the structured facts.
    expect(p.structured).toMatchObject({ baseSalary: { currency: 'AED', min: 4500, max: 5500, unitText: 'MONTH' }, identifier: '4867321' });
    expect(p.lang).toBe('en');
  });

  it('no source: method none, with the readable fallback refused on a known site', () => {
    expect(extractFromDocument(parseHtml('<html><body></body></html>'))).toEqual({ postings: [], method: 'none', notes: [] });
    const r = extractFromDocument(parseHtml('<body><h1>Welcome to LinkedIn Jobs</h1><p>Find your next job.</p></body>'), 'https://www.linkedin.com/jobs');
    expect(r.method).toBe('none');
    expect(r.notes).toEqual(['linkedin adapter matched the address but found no posting', 'readable-text fallback not used on a known site']);
  });

  it('falls back to JSON-LD when the adapter finds nothing on a known site', () => {
    const r = extractFromDocument(parseHtml(`<html><head>${jobLd('Rider')}</head><body></body></html>`), 'https://www.gulftalent.com/uae/jobs/rider-1234');
    expect(r.method).toBe('jsonld');
    expect(r.postings[0]!.posting).toMatchObject({ title: 'Rider', url: 'https://www.gulftalent.com/uae/jobs/rider-1234' });
  });

  it('uses the document address when no url is given, and sets lang from <html lang>', () => {
    const doc = parseHtml(`<html lang="ar-AE"><head>${jobLd('Nanny')}</head></html>`, 'https://agency.example.ae/nanny');
    expect(extractFromDocument(doc).postings[0]!.posting).toMatchObject({ url: 'https://agency.example.ae/nanny', lang: 'ar-AE' });
  });

  it('every posting it returns passes the engine schema', () => {
    for (const [file, url] of [
      ['generic/jsonld-graph.html', 'https://careers.maplecare.example.ca/jobs/home-support-worker'],
      ['generic/microdata.html', 'https://careers.alnoorhospital.example.ae/vacancies'],
      ['generic/readable-agency.html', 'https://sunrise-overseas.example.com/dubai-housemaids'],
      ['dubizzle/search_domestic_jobs.html', 'https://www.dubizzle.sa/en/jobs/'],
    ] as const) {
      for (const { posting } of extractFromDocument(parseHtml(readOwnPage(file), url), url).postings) {
        expect(PostingSchema.safeParse(posting).success).toBe(true);
      }
    }
  });
});

describe('extractFromDocument: huge pages', () => {
  it('a 5 MB listing of 10,000 cards: stops at 2,000 cards, says so, stays fast', () => {
    const card = (i: number) =>
      `<article data-card-type="JobCard" data-job-id="${i}"><h3><a data-automation="jobTitle" href="/job/${i}">Job ${i}</a></h3>` +
      `<a data-automation="jobCompany">Company ${i}</a><span data-automation="jobShortDescription">${'lorem ipsum dolor '.repeat(25)}</span></article>`;
    const html = `<html><body>${Array.from({ length: 10_000 }, (_, i) => card(i)).join('')}</body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const doc = parseHtml(html, 'https://www.seek.com.au/jobs');
    const t = Date.now();
    const r = extractFromDocument(doc, 'https://www.seek.com.au/jobs');
    expect(Date.now() - t).toBeLessThan(10_000);
    expect(r.postings).toHaveLength(2_000);
    expect(r.postings[1_999]!.posting.title).toBe('Job 1999');
    expect(r.notes).toEqual(['seek: read the first 2000 cards; the page may hold more']);
  });

  it('JSON-LD with 3,000 postings is capped at 2,000 with a note', () => {
    const items = Array.from({ length: 3_000 }, (_, i) => ({ '@type': 'JobPosting', title: `J${i}` }));
    const doc = parseHtml(`<script type="application/ld+json">${JSON.stringify(items)}</script>`);
    const r = extractFromDocument(doc);
    expect(r.postings).toHaveLength(2_000);
    expect(r.notes).toEqual(['JSON-LD: read the first 2000 of 3000 JobPostings']);
  });
});

describe('looksLikeJobPage', () => {
  it('true when an adapter claims the address', () => {
    expect(looksLikeJobPage(parseHtml('<p>x</p>'), 'https://www.seek.com.au/anything')).toBe(true);
    expect(looksLikeJobPage(parseHtml('<p>x</p>', 'https://bg.linkedin.com/jobs/search'))).toBe(true);
  });

  it('true when the page declares a JobPosting in JSON-LD or microdata', () => {
    expect(looksLikeJobPage(parseHtml(jobLd('x')), 'https://example.org/')).toBe(true);
    expect(looksLikeJobPage(parseHtml(jobMicro('x')), 'https://example.org/')).toBe(true);
  });

  it('false on ordinary pages, including non-job sections of known sites', () => {
    expect(looksLikeJobPage(parseHtml('<h1>News</h1>'), 'https://news.example.org/')).toBe(false);
    expect(looksLikeJobPage(parseHtml('<h1>Feed</h1>'), 'https://www.linkedin.com/feed/')).toBe(false);
    expect(looksLikeJobPage(parseHtml('<h1>Cars</h1>'), 'https://sfbay.craigslist.org/search/cta')).toBe(false);
    expect(looksLikeJobPage(parseHtml('<h1>x</h1>'))).toBe(false);
  });
});
