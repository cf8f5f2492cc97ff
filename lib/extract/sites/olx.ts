import { inlineText } from '../html/dom-text';
import { hostIn, type SiteAdapter } from './adapter';
import { fillMissing, first, idFromUrl, readCards, readPosting, valueAfterLabel, type CardSpec, type PostingSpec } from './kit';

/*
 * OLX classifieds, where overseas "visa and job" offers to Gulf countries are widely advertised
 * (OLX Pakistan in particular). OLX runs three code bases, all covered here, all written from
 * memory and NOT verified against saved pages:
 *  - OLX Pakistan (the dubizzle platform): li[aria-label="Listing"], [aria-label="Title"|"Price"|
 *    "Location"|"Description"|"Details"]; tested on hand-written pages in tests/fixtures/pages/olx.
 *  - OLX India/Indonesia: data-aut-id hooks (li[data-aut-id="itemBox"], itemTitle, itemPrice,
 *    item-location, itemDescriptionContent).
 *  - OLX Europe/Central Asia (olx.pl, .pt, .ro, .ua, .bg, .kz, .uz): div[data-cy="l-card"],
 *    [data-testid="ad-price"], [data-testid="location-date"], [data-cy="ad_title"],
 *    [data-cy="ad_description"].
 */

const DOMAINS = ['olx.com.pk', 'olx.in', 'olx.co.id', 'olx.pl', 'olx.pt', 'olx.ro', 'olx.ua', 'olx.bg', 'olx.kz', 'olx.uz', 'olx.com.br'];
/** Job sections by country: jobs_c4 (PK), /jobs (IN), praca (PL), emprego (PT), locuri-de-munca (RO), rabota (UA/KZ/BG), vagas (BR). */
const JOB_PATH = /jobs?(?:[/_-]|$)|\/praca\b|\/emprego\b|locuri-de-munca|\/rabota\b|\/vagas/i;
/** Ad pages of every category; only a breadcrumb naming the jobs section makes one a posting. */
const ITEM_PATH = /\/item\/|\/ad\/|\/d\/oferta\//;
const BREADCRUMB = ['[aria-label="Breadcrumb"]', '[data-aut-id="breadcrumb"]', '[data-testid="breadcrumbs"]', 'ol.breadcrumb'];
const JOB_CRUMB = /\bjobs?\b|\bpraca\b|\bemprego\b|locuri de munc|\bработа\b|\bvagas\b|نوکری|ملازمت/i;

const CARDS: CardSpec = {
  site: 'olx',
  cards: ['li[aria-label="Listing"]', 'li[data-aut-id="itemBox"]', 'div[data-cy="l-card"]'],
  title: ['[aria-label="Title"]', '[data-aut-id="itemTitle"]', '[data-cy="ad-card-title"] h4', 'h6', 'h4', 'h2'],
  location: ['[aria-label="Location"]', '[data-aut-id="item-location"]', '[data-testid="location-date"]'],
  salary: ['[aria-label="Price"]', '[data-aut-id="itemPrice"]', '[data-testid="ad-price"]'],
  snippet: ['[aria-label="Subtitle"]', '[data-aut-id="itemDetails"]'],
  id: (card, link) => card.getAttribute('id') ?? idFromUrl(link, /iid-(\d+)/) ?? idFromUrl(link, /ID(\d+)\.html$/),
};

const POSTING: PostingSpec = {
  site: 'olx',
  title: ['h1', '[data-aut-id="itemTitle"]', '[data-cy="ad_title"]', '[data-testid="ad_title"]'],
  company: ['[aria-label="Seller description"] [aria-label="Name"]', '[data-aut-id="profileCard"] [data-aut-id="profileName"]', '[data-testid="user-profile-user-name"]'],
  location: ['[aria-label="Location"]', '[data-aut-id="item-location"]', '[data-testid="location-date"]'],
  salary: ['[aria-label="Price"]', '[data-aut-id="itemPrice"]', '[data-testid="ad-price-container"]'],
  description: ['[aria-label="Description"]', '[data-aut-id="itemDescriptionContent"]', '[data-cy="ad_description"]', '[data-testid="ad_description"]'],
  container: ['[aria-label="Details"]', '[data-aut-id="itemParams"]', 'h1'],
  id: (_doc, url) => idFromUrl(url.href, /iid-(\d+)/) ?? idFromUrl(url.href, /ID(\d+)\.html$/),
};

const FACT_LABELS = ['[aria-label="Details"] span', '[data-aut-id="itemParams"] span'];

const isListing = (doc: Document): boolean => first(doc, CARDS.cards) !== null;

export const olx: SiteAdapter = {
  id: 'olx',
  matches: (url) => hostIn(url, DOMAINS) && (JOB_PATH.test(url.pathname) || ITEM_PATH.test(url.pathname)),
  isListing,
  extract(doc, url) {
    if (isListing(doc)) return readCards(doc, url, CARDS);
    if (!JOB_PATH.test(url.pathname) && !JOB_CRUMB.test(inlineText(first(doc, BREADCRUMB)))) return [];
    return fillMissing(readPosting(doc, url, POSTING), {
      salary: valueAfterLabel(doc, FACT_LABELS, /salary/i),
      company: valueAfterLabel(doc, FACT_LABELS, /company/i),
    });
  },
};
