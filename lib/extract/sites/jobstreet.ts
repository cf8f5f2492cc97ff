import { hostIn, type SiteAdapter } from './adapter';
import { first, idFromUrl, readCards, readPosting, type CardSpec, type PostingSpec } from './kit';

/*
 * JobStreet (Malaysia, Singapore, Philippines, Indonesia): a main route for Southeast Asian
 * workers. Since 2024 JobStreet runs on SEEK's platform, so its pages carry the same
 * data-automation hooks as SEEK's (article[data-card-type="JobCard"], [data-automation=
 * "jobTitle"|"jobCompany"|"jobLocation"|"jobSalary"|"jobShortDescription"], and on the posting
 * page "job-detail-title", "advertiser-name", "job-detail-location", "job-detail-salary",
 * "jobAdDetails"). The selectors are kept here, not shared with seek.ts, so either site can move
 * on alone. Tested on hand-written pages (tests/fixtures/pages/jobstreet) modelled on that markup;
 * the pre-2024 JobStreet markup ([data-automation="job-card-title"]) is a fallback from memory.
 */

const DOMAINS = ['jobstreet.com', 'jobstreet.com.my', 'jobstreet.com.sg', 'jobstreet.com.ph', 'jobstreet.co.id', 'jobstreet.vn'];

const CARDS: CardSpec = {
  site: 'jobstreet',
  cards: ['article[data-card-type="JobCard"]', 'article[data-job-id]', '[data-automation="jobListing"] article'],
  title: ['a[data-automation="jobTitle"]', '[data-automation="jobTitle"]', '[data-automation="job-card-title"]', 'h3 a', 'h1 a'],
  link: ['a[data-automation="jobTitle"]', 'a[data-automation="job-list-item-link-overlay"]', 'a[data-automation="job-card-title"]'],
  company: ['a[data-automation="jobCompany"]', '[data-automation="jobCompany"]', '[data-automation="job-card-company"]'],
  location: ['a[data-automation="jobLocation"]', '[data-automation="jobLocation"]', '[data-automation="job-card-location"]'],
  salary: ['[data-automation="jobSalary"]', '[data-automation="job-card-salary"]'],
  snippet: ['[data-automation="jobShortDescription"]', '[data-automation="job-card-selling-points"]'],
  id: (card, link) => card.getAttribute('data-job-id') ?? idFromUrl(link, /\/job\/(\d+)/),
};

const POSTING: PostingSpec = {
  site: 'jobstreet',
  title: ['h1[data-automation="job-detail-title"]', '[data-automation="job-detail-title"]', '[data-automation="job-card-title"]'],
  company: ['[data-automation="advertiser-name"]', '[data-automation="jobCompany"]', '[data-automation="detailsCompany"]'],
  location: ['[data-automation="job-detail-location"]', '[data-automation="jobLocation"]'],
  salary: ['[data-automation="job-detail-salary"]', '[data-automation="jobSalary"]'],
  description: ['[data-automation="jobAdDetails"]', '[data-automation="jobDescription"]', '[data-automation="job-description"]'],
  container: ['[data-automation="jobDetailsPage"]', '[data-automation="job-details-page"]'],
  id: (_doc, url) => idFromUrl(url.href, /\/job\/(\d+)/) ?? url.searchParams.get('jobId'),
};

const isListing = (doc: Document): boolean => first(doc, CARDS.cards) !== null;

export const jobstreet: SiteAdapter = {
  id: 'jobstreet',
  matches: (url) => hostIn(url, DOMAINS),
  isListing,
  extract: (doc, url) => (isListing(doc) ? readCards(doc, url, CARDS) : readPosting(doc, url, POSTING)),
};
