import { inlineText } from '../html/dom-text';
import { hostIn, type SiteAdapter } from './adapter';
import { all, first, readCards, readPosting, type CardSpec, type PostingSpec } from './kit';

/*
 * Indeed. The posting selectors are checked against the saved viewjob page
 * (../shared/fixtures/pages/indeed, ~2023: h1.jobsearch-JobInfoHeader-title,
 * [data-company-name], #jobDescriptionText, #salaryInfoAndJobType). No search page was saved:
 * the card selectors follow Indeed's 2022-2024 markup (div.cardOutline > .job_seen_beacon,
 * a.jcs-JobTitle[data-jk], [data-testid="company-name"], [data-testid="text-location"],
 * .salary-snippet-container) and are tested on a hand-written page in tests/fixtures/pages/indeed.
 * Location and salary in the header use hashed class names (css-6z8o9s): not selectable, so the
 * page's JSON-LD (merged by extractFromDocument) supplies them.
 */

const DOMAINS = ['indeed.com', 'indeed.co.uk', 'indeed.ca', 'indeed.co.in', 'indeed.com.au', 'indeed.ae', 'indeed.com.sg', 'indeed.com.my', 'indeed.com.ph', 'indeed.com.pk', 'indeed.co.za', 'indeed.ie', 'indeed.co.nz', 'indeed.de', 'indeed.fr'];

const LIST_MARKERS = ['#mosaic-provider-jobcards', '.job_seen_beacon', '.jobsearch-SerpJobCard', 'a.tapItem'];

const CARDS: CardSpec = {
  site: 'indeed',
  cards: ['div.cardOutline', 'div.job_seen_beacon', 'a.tapItem', 'div.jobsearch-SerpJobCard'],
  title: ['h2.jobTitle span[title]', 'h2.jobTitle', 'a.jcs-JobTitle', 'a.jobtitle', 'h2.title'],
  link: ['a.jcs-JobTitle', 'h2.jobTitle a', 'a.jobtitle'],
  company: ['[data-testid="company-name"]', 'span.companyName', '.company'],
  location: ['[data-testid="text-location"]', 'div.companyLocation', '.location'],
  salary: ['.salary-snippet-container', '.estimated-salary', '.salarySnippet', 'span.salaryText'],
  snippet: ['[data-testid="jobsnippet_footer"]', '.job-snippet', 'div.summary'],
  id: (card, link) =>
    card.getAttribute('data-jk') ?? card.querySelector('[data-jk]')?.getAttribute('data-jk') ?? (link ? new URL(link).searchParams.get('jk') : null),
};

const POSTING: PostingSpec = {
  site: 'indeed',
  title: ['h1.jobsearch-JobInfoHeader-title', '[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title-container h1'],
  company: ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', '.jobsearch-CompanyReview--heading', '.jobsearch-InlineCompanyRating div:first-child'],
  location: ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', '#jobLocationText'],
  description: ['#jobDescriptionText', '.jobsearch-jobDescriptionText', '.jobsearch-JobComponent-description'],
  container: ['.jobsearch-JobComponent', '.jobsearch-ViewJobLayout-jobDisplay'],
  id: (doc, url) => url.searchParams.get('jk') ?? canonicalJk(doc),
};

/** Salary and job type share #salaryInfoAndJobType ("$110,000 a year - Full-time"); the salary is the part with a digit. */
const SALARY_PARTS = ['#salaryInfoAndJobType span', '[data-testid="jobsearch-OtherJobDetailsContainer"] span'];

const isListing = (doc: Document): boolean => first(doc, LIST_MARKERS) !== null;

export const indeed: SiteAdapter = {
  id: 'indeed',
  matches: (url) => hostIn(url, DOMAINS),
  isListing,
  extract(doc, url) {
    if (isListing(doc)) return readCards(doc, url, CARDS);
    const found = readPosting(doc, url, POSTING);
    for (const item of found) {
      const salary = all(doc, SALARY_PARTS).map((el) => inlineText(el).replace(/^[\s\-\u2013]+/, '')).find((t) => /\d/.test(t));
      if (salary && !item.posting.salary) item.posting = { ...item.posting, salary };
    }
    return found;
  },
};

function canonicalJk(doc: Document): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  try {
    return href ? new URL(href).searchParams.get('jk') : null;
  } catch {
    return null;
  }
}
