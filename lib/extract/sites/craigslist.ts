import { hostIn, type SiteAdapter } from './adapter';
import { fillMissing, first, idFromUrl, readCards, readPosting, valueAfterLabel, type CardSpec, type PostingSpec } from './kit';

/*
 * craigslist jobs and gigs. Selectors follow craigslist's markup as remembered: the 2023+ no-JS
 * search page (li.cl-static-search-result with div.title, div.price, div.location), the
 * scripted one (li.cl-search-result, a.posting-title span.label) and the pre-2023 one
 * (li.result-row, a.result-title, span.result-hood); posting pages: #titletextonly,
 * .postingtitletext small (area), section#postingbody, .attrgroup ("compensation:",
 * "employment type:"). Not verified against a saved page; tested on hand-written pages in
 * tests/fixtures/pages/craigslist.
 */

/** Job and gig category codes (jjj = all jobs, ggg = all gigs, then the sub-categories). */
const JOB_CODES = 'jjj|ggg|acc|ofc|egr|med|sci|bus|csr|edu|fbh|lab|gov|hum|eng|lgl|mnu|mar|hea|npo|rej|ret|sls|spa|sec|trd|sof|sad|tch|trp|tfr|web|wri|etc|cpg|crg|cwg|dmg|evg|lbg|tlg|wrg';
const JOB_PATH = new RegExp(`^/(?:search/)?(?:[a-z]{3}/)?(?:${JOB_CODES})(?:/|$)`);

const CARDS: CardSpec = {
  site: 'craigslist',
  cards: ['li.cl-static-search-result', 'li.cl-search-result', 'li.result-row'],
  title: ['div.title', 'a.posting-title .label', 'a.result-title', '.titlestring'],
  link: ['a[href*=".html"]', 'a.posting-title', 'a.result-title'],
  location: ['div.location', '.result-location', 'span.result-hood'],
  salary: ['div.price', 'span.priceinfo', 'span.result-price'],
  id: (card, link) => card.getAttribute('data-pid') ?? idFromUrl(link, /\/(\d{8,})\.html$/),
};

const POSTING: PostingSpec = {
  site: 'craigslist',
  title: ['#titletextonly', '.postingtitletext'],
  location: ['.postingtitletext small', 'div.mapaddress'],
  salary: ['.attrgroup .attr.remuneration .valu'],
  description: ['section#postingbody', '#postingbody'],
  // The print-only QR box reads "QR Code Link to This Post" at the top of every body.
  skip: ['.print-information', '.print-qrcode-container'],
  container: ['section.body', '.postingtitle'],
  id: (_doc, url) => idFromUrl(url.href, /\/(\d{8,})\.html$/),
};

const FACT_LABELS = ['.attrgroup .labl'];

const isListing = (doc: Document): boolean => first(doc, CARDS.cards) !== null;

export const craigslist: SiteAdapter = {
  id: 'craigslist',
  matches: (url) => hostIn(url, ['craigslist.org']) && JOB_PATH.test(url.pathname),
  isListing,
  extract(doc, url) {
    if (isListing(doc)) return readCards(doc, url, CARDS);
    const found = fillMissing(readPosting(doc, url, POSTING), {
      salary: valueAfterLabel(doc, FACT_LABELS, /compensation/i) ?? oldAttr(doc, /^compensation:\s*/i),
      company: valueAfterLabel(doc, FACT_LABELS, /company/i),
    });
    // The area is printed in parentheses after the title: "(oakland west)".
    for (const item of found) {
      const area = item.posting.location?.replace(/^\((.*)\)$/, '$1').trim();
      item.posting = { ...item.posting, location: area || undefined };
    }
    return found;
  },
};

/** Pre-2023 posting pages: <p class="attrgroup"><span>compensation: <b>$20/hr</b></span>. */
function oldAttr(doc: Document, label: RegExp): string | undefined {
  for (const span of Array.from(doc.querySelectorAll('p.attrgroup > span')).slice(0, 50)) {
    const text = (span.textContent ?? '').trim();
    if (label.test(text)) return text.replace(label, '').replace(/\s+/g, ' ').trim() || undefined;
  }
  return undefined;
}
