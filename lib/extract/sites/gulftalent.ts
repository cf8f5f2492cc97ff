import { hostIn, type SiteAdapter } from './adapter';
import { fillMissing, first, idFromUrl, readCards, readPosting, valueAfterLabel, type CardSpec, type PostingSpec } from './kit';

/*
 * GulfTalent, a professional board for the GCC. Its markup is Bootstrap-based with few stable
 * hooks; the selectors below are an APPROXIMATION written from memory of its search results
 * (one block per job: title link, company, location, summary) and job pages (h1 title, company
 * and location under it, a description block, a details table with "Salary"), not verified
 * against a saved page. Tested on hand-written pages in tests/fixtures/pages/gulftalent. GulfTalent
 * job pages carry JSON-LD JobPosting, which extractFromDocument merges or falls back to.
 */

const CARDS: CardSpec = {
  site: 'gulftalent',
  cards: ['#search-results .job-result', 'div.job-result', 'tr.job-results-row', '.search-results [data-job-id]'],
  title: ['a.job-title', '.job-title', 'h2 a', 'h3 a'],
  link: ['a.job-title', '.job-title a', 'h2 a', 'h3 a'],
  company: ['.company-name', '.job-company'],
  location: ['.job-location', '.location'],
  salary: ['.job-salary', '.salary'],
  snippet: ['.job-summary', '.job-description-summary'],
  id: (card, link) => card.getAttribute('data-job-id') ?? idFromUrl(link, /-(\d{4,})\/?$/),
};

const POSTING: PostingSpec = {
  site: 'gulftalent',
  title: ['.job-header h1', 'h1.job-title', '#job-title'],
  company: ['.job-header .company-name', '.job-header a[href*="/company"]', '.company-name'],
  location: ['.job-header .job-location', '.job-location'],
  description: ['#job-description', '.job-description', '.job-details-content'],
  container: ['.job-details', '.job-header'],
  id: (_doc, url) => idFromUrl(url.href, /-(\d{4,})\/?$/),
};

const FACT_LABELS = ['.job-details table th', '.job-details dt', 'table th'];

const isListing = (doc: Document): boolean => first(doc, CARDS.cards) !== null;

export const gulftalent: SiteAdapter = {
  id: 'gulftalent',
  matches: (url) => hostIn(url, ['gulftalent.com']) && /\/jobs?(?:\/|-|$)/.test(url.pathname),
  isListing,
  extract(doc, url) {
    if (isListing(doc)) return readCards(doc, url, CARDS);
    return fillMissing(readPosting(doc, url, POSTING), {
      salary: valueAfterLabel(doc, FACT_LABELS, /salary/i),
      location: valueAfterLabel(doc, FACT_LABELS, /location/i),
    });
  },
};
