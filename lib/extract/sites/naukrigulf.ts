import { hostIn, type SiteAdapter } from './adapter';
import { fillMissing, first, idFromUrl, readCards, readPosting, valueAfterLabel, type CardSpec, type PostingSpec } from './kit';

/*
 * Naukrigulf, Info Edge's Gulf board, much used by workers from India, Nepal, Bangladesh and
 * Pakistan. Selectors follow its search-result "tuple" markup as remembered (div.ng-box.srp-tuple
 * with a.info-position, p.designation-title, .info-org, li.info-loc, li.info-exp, p.description;
 * job ids in URLs as "jid-<digits>"); the job-page selectors are an approximation. Not verified
 * against a saved page: tested on hand-written pages in tests/fixtures/pages/naukrigulf.
 */

const CARDS: CardSpec = {
  site: 'naukrigulf',
  cards: ['div.srp-tuple', '.ng-box.srp-tuple', 'div.tuple'],
  title: ['p.designation-title', '.designation-title', 'a.info-position'],
  link: ['a.info-position', 'a[href*="-jid-"]'],
  company: ['.info-org', 'a.info-org', '.org-name'],
  location: ['li.info-loc', '.info-loc'],
  salary: ['li.info-sal', '.info-salary'],
  snippet: ['p.description', '.job-description'],
  id: (card, link) => card.getAttribute('data-job-id') ?? idFromUrl(link, /jid-(\d+)/),
};

const POSTING: PostingSpec = {
  site: 'naukrigulf',
  title: ['.jd-header h1', 'h1.info-position', 'h1.candidate-title'],
  company: ['.jd-header .info-org', 'a.info-org', '.info-org'],
  location: ['.jd-header .info-loc', '.info-loc'],
  salary: ['.jd-header .info-sal', '.info-sal'],
  description: ['.job-description', 'section.jd-text', '.jd-desc'],
  container: ['.jd-container', '.jd-header'],
  id: (_doc, url) => idFromUrl(url.href, /jid-(\d+)/),
};

const FACT_LABELS = ['.jd-details dt', '.candidate-profile dt', 'dl dt'];

const isListing = (doc: Document): boolean => first(doc, CARDS.cards) !== null;

export const naukrigulf: SiteAdapter = {
  id: 'naukrigulf',
  matches: (url) => hostIn(url, ['naukrigulf.com']) && /job/i.test(url.pathname),
  isListing,
  extract(doc, url) {
    if (isListing(doc)) return readCards(doc, url, CARDS);
    return fillMissing(readPosting(doc, url, POSTING), { salary: valueAfterLabel(doc, FACT_LABELS, /salary/i) });
  },
};
