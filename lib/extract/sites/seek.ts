import { hostIn, type SiteAdapter } from './adapter';
import { first, idFromUrl, readCards, readPosting, type CardSpec, type PostingSpec } from './kit';

/*
 * SEEK (Australia, New Zealand). SEEK marks its markup with data-automation attributes for its
 * own tests, which outlive the hashed class names (_2m3Is-x). Card selectors are checked against
 * the saved search pages in ../shared/fixtures/pages/seek (2019-2020: article[data-automation=
 * "normalJob" | "premiumJob"], a[data-automation="jobTitle"|"jobCompany"|"jobLocation"]);
 * article[data-card-type="JobCard"] is the 2023+ card. No posting page was saved: the posting
 * selectors (h1[data-automation="job-detail-title"], [data-automation="jobAdDetails"], ...)
 * follow SEEK's job-details markup and are tested on a hand-written page in tests/fixtures/pages/seek.
 */

const CARDS: CardSpec = {
  site: 'seek',
  cards: ['article[data-card-type="JobCard"]', 'article[data-automation="normalJob"], article[data-automation="premiumJob"]', 'article[data-job-id]'],
  title: ['a[data-automation="jobTitle"]', '[data-automation="jobTitle"]', 'h3 a', 'h1 a'],
  link: ['a[data-automation="jobTitle"]', 'a[data-automation="job-list-view-job-link"]'],
  company: ['a[data-automation="jobCompany"]', '[data-automation="jobCompany"]', '[data-automation="advertiser-name"]'],
  location: ['a[data-automation="jobLocation"]', '[data-automation="jobLocation"]', '[data-automation="jobCardLocation"]'],
  salary: ['[data-automation="jobSalary"]'],
  snippet: ['[data-automation="jobShortDescription"]'],
  id: (card, link) => card.getAttribute('data-job-id') ?? idFromUrl(link, /\/job\/(\d+)/),
};

const POSTING: PostingSpec = {
  site: 'seek',
  title: ['h1[data-automation="job-detail-title"]', '[data-automation="job-detail-title"]', '[data-automation="jobTitle"]'],
  company: ['[data-automation="advertiser-name"]', '[data-automation="jobCompany"]'],
  location: ['[data-automation="job-detail-location"]', '[data-automation="jobLocation"]'],
  salary: ['[data-automation="job-detail-salary"]', '[data-automation="jobSalary"]'],
  description: ['[data-automation="jobAdDetails"]', '[data-automation="jobDescription"]', '[data-automation="mobileTemplate"]'],
  container: ['[data-automation="jobDetailsPage"]', '[data-automation="job-details-page"]'],
  id: (_doc, url) => idFromUrl(url.href, /\/job\/(\d+)/) ?? url.searchParams.get('jobId'),
};

const isListing = (doc: Document): boolean => first(doc, CARDS.cards) !== null;

export const seek: SiteAdapter = {
  id: 'seek',
  matches: (url) => hostIn(url, ['seek.com.au', 'seek.co.nz']),
  isListing,
  extract: (doc, url) => (isListing(doc) ? readCards(doc, url, CARDS) : readPosting(doc, url, POSTING)),
};
