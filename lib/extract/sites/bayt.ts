import { hostIn, type SiteAdapter } from './adapter';
import { fillMissing, first, idFromUrl, readCards, readPosting, valueAfterLabel, type CardSpec, type PostingSpec } from './kit';

/*
 * Bayt.com, the largest board in the Gulf and wider Arab region. Selectors follow Bayt's
 * 2022-2024 markup as remembered (search results: li[data-js-job] with h2.jb-title a,
 * b.jb-company, span.jb-loc, div.jb-descr; job page: h1#job_title, #job_description, the
 * #job_card_dlist facts list with "Monthly Salary"), NOT verified against a saved page: they are
 * tested on hand-written pages in tests/fixtures/pages/bayt. Bayt job pages also carry JSON-LD,
 * which extractFromDocument merges in, so a drifted selector costs a field, not the posting.
 */

const CARDS: CardSpec = {
  site: 'bayt',
  cards: ['li[data-js-job]', '#results_inner_card li[data-job-id]', 'ul.list-bayt > li.has-pointer-d'],
  title: ['h2.jb-title a', 'h2.jb-title', 'a[data-js-aid="jobID"]'],
  link: ['h2.jb-title a', 'a[data-js-aid="jobID"]'],
  company: ['b.jb-company', '.jb-company', '.job-company-location-wrapper a.t-bold'],
  location: ['span.jb-loc', '.jb-loc', '.job-company-location-wrapper .t-mute'],
  salary: ['.jb-salary', '[data-automation-id="id_salary"]'],
  snippet: ['div.jb-descr', '.jb-descr'],
  id: (card, link) => card.getAttribute('data-job-id') ?? idFromUrl(link, /-(\d{5,})\/?$/),
};

const POSTING: PostingSpec = {
  site: 'bayt',
  title: ['h1#job_title', '#job_title', '#view_inner h1'],
  company: ['#view_inner a.t-bold[href*="/company/"]', 'a[data-automation-id="company-name"]', '#view_inner a[href*="/company/"]'],
  location: ['#view_inner .job-location', '#view_inner ul.list .t-mute', '[data-automation-id="id_location"]'],
  description: ['#job_description', '[data-automation-id="id_job_description"]', '.card-content.t-break'],
  container: ['#view_inner', '#job_description'],
  id: (_doc, url) => idFromUrl(url.href, /-(\d{5,})\/?$/),
};

const FACT_LABELS = ['#job_card_dlist dt', 'dl dt'];

const isListing = (doc: Document): boolean => first(doc, CARDS.cards) !== null;

export const bayt: SiteAdapter = {
  id: 'bayt',
  matches: (url) => hostIn(url, ['bayt.com']) && /\/jobs?(?:\/|-|$)/.test(url.pathname),
  isListing,
  extract(doc, url) {
    if (isListing(doc)) return readCards(doc, url, CARDS);
    return fillMissing(readPosting(doc, url, POSTING), {
      salary: valueAfterLabel(doc, FACT_LABELS, /salary/i),
      location: valueAfterLabel(doc, FACT_LABELS, /^job location$/i),
    });
  },
};
