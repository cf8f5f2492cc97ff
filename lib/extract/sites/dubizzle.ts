import { inlineText } from '../html/dom-text';
import { hostIn, type SiteAdapter } from './adapter';
import { fillMissing, first, idFromUrl, readCards, readPosting, valueAfterLabel, type CardSpec, type PostingSpec } from './kit';

/*
 * dubizzle classifieds, where Gulf households and small agencies advertise domestic work.
 * Selectors follow the platform dubizzle shares with OLX Pakistan (dubizzle Egypt, Saudi Arabia,
 * Bahrain, Kuwait, Oman, Qatar, Lebanon), whose markup is labelled with aria-label hooks:
 * li[aria-label="Listing"], [aria-label="Title"], [aria-label="Price"], [aria-label="Location"],
 * and on an ad page [aria-label="Details"], [aria-label="Description"],
 * [aria-label="Seller description"]. Written from memory, not verified against a saved page;
 * tested on hand-written pages in tests/fixtures/pages/dubizzle. dubizzle UAE (dubizzle.com)
 * runs different markup: only the data-testid fallbacks below try to cover it.
 */

const DOMAINS = ['dubizzle.com', 'dubizzle.com.eg', 'dubizzle.sa', 'dubizzle.com.bh', 'dubizzle.com.kw', 'dubizzle.com.om', 'dubizzle.qa', 'dubizzle.com.lb'];

const CARDS: CardSpec = {
  site: 'dubizzle',
  cards: ['li[aria-label="Listing"]', '[data-testid="listing-card"]', '[data-testid="job-listing-card"]'],
  title: ['[aria-label="Title"]', 'h2', '[data-testid="listing-title"]'],
  company: ['[aria-label="Agency name"]', '[aria-label="Seller name"]', '[data-testid="company-name"]'],
  location: ['[aria-label="Location"]', '[data-testid="listing-location"]'],
  salary: ['[aria-label="Salary"]', '[aria-label="Price"]', '[data-testid="listing-price"]'],
  snippet: ['[aria-label="Subtitle"]', '[aria-label="Description"]', '[data-testid="listing-description"]'],
  id: (_card, link) => idFromUrl(link, /ID(\d+)\.html$/) ?? idFromUrl(link, /-(\d{5,})\/?$/),
};

const POSTING: PostingSpec = {
  site: 'dubizzle',
  title: ['h1', '[aria-label="Title"]'],
  company: ['[aria-label="Seller description"] [aria-label="Name"]', '[aria-label="Seller description"] span', '[data-testid="company-name"]'],
  location: ['[aria-label="Location"]', '[data-testid="location"]'],
  salary: ['[aria-label="Price"]', '[data-testid="salary"]'],
  description: ['[aria-label="Description"]', '[data-testid="description"]'],
  container: ['[aria-label="Details"]', 'h1'],
  id: (_doc, url) => idFromUrl(url.href, /ID(\d+)\.html$/),
};

/** Ad pages (/ad/...) exist for every category; only a breadcrumb saying "Jobs" makes one a posting. */
const BREADCRUMB = ['[aria-label="Breadcrumb"]', 'nav[aria-label="breadcrumb"]', '.breadcrumb'];
const FACT_LABELS = ['[aria-label="Details"] span', '[aria-label="Details"] dt'];
const JOB_PATH = /\/jobs?(?:\/|-|_|$)/i;

const isListing = (doc: Document): boolean => first(doc, CARDS.cards) !== null;

export const dubizzle: SiteAdapter = {
  id: 'dubizzle',
  matches: (url) => hostIn(url, DOMAINS) && (JOB_PATH.test(url.pathname) || /\/ad\//.test(url.pathname)),
  isListing,
  extract(doc, url) {
    if (isListing(doc)) return readCards(doc, url, CARDS);
    const crumbs = inlineText(first(doc, BREADCRUMB));
    if (!JOB_PATH.test(url.pathname) && !/\bjobs?\b|وظائف/i.test(crumbs)) return [];
    return fillMissing(readPosting(doc, url, POSTING), {
      salary: valueAfterLabel(doc, FACT_LABELS, /salary/i),
      company: valueAfterLabel(doc, FACT_LABELS, /company|employer/i),
    });
  },
};
