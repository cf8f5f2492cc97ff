import { domText } from '../html/dom-text';
import type { ExtractedPosting } from '../html/types';
import { hostIn, type SiteAdapter } from './adapter';
import { first, idFromUrl, readCards, readPosting, textOf, type CardSpec, type PostingSpec } from './kit';

/*
 * LinkedIn jobs. Selectors checked against the saved pages in ../shared/fixtures/pages/linkedin
 * (guest search 2019-2020: li.job-result-card; guest posting 2023: .top-card-layout,
 * .show-more-less-html__markup). The later guest markup (div.base-card.job-search-card,
 * .base-search-card__*) and the signed-in markup (.job-card-container, .jobs-unified-top-card,
 * data-occludable-job-id) are fallbacks written from the public markup, not from saved pages.
 */

const LIST_MARKERS = ['ul.jobs-search__results-list', 'li.job-result-card', 'div.job-search-card', 'li[data-occludable-job-id]', '.jobs-search-results-list'];

const CARDS: CardSpec = {
  site: 'linkedin',
  cards: ['li.job-result-card', 'ul.jobs-search__results-list > li', 'div.job-search-card', 'li[data-occludable-job-id]', 'li.jobs-search-results__list-item', 'div.job-card-container'],
  title: ['.result-card__title', '.base-search-card__title', '.job-card-list__title', '.artdeco-entity-lockup__title', 'h3'],
  link: ['a.result-card__full-card-link', 'a.base-card__full-link', 'a.job-card-list__title', 'a.job-card-container__link'],
  company: ['.result-card__subtitle', '.base-search-card__subtitle', '.job-card-container__primary-description', '.job-card-container__company-name', '.artdeco-entity-lockup__subtitle', 'h4'],
  location: ['.job-result-card__location', '.job-search-card__location', '.job-card-container__metadata-item', '.artdeco-entity-lockup__caption'],
  salary: ['.job-search-card__salary-info', '.job-result-card__salary-info', '.job-card-container__salary-info'],
  snippet: ['.job-result-card__snippet', '.job-search-card__snippet'],
  id: (card, link) =>
    card.getAttribute('data-id') ??
    card.getAttribute('data-occludable-job-id') ??
    card.getAttribute('data-job-id') ??
    card.querySelector('[data-entity-urn]')?.getAttribute('data-entity-urn')?.split(':').pop() ??
    idFromUrl(link, /(\d{6,})\/?$/),
};

const POSTING: PostingSpec = {
  site: 'linkedin',
  title: ['h1.top-card-layout__title', 'h1.topcard__title', '.job-details-jobs-unified-top-card__job-title', '.jobs-unified-top-card__job-title'],
  company: ['a.topcard__org-name-link', '.topcard__org-name-link', '.job-details-jobs-unified-top-card__company-name', '.jobs-unified-top-card__company-name'],
  location: ['span.topcard__flavor--bullet', '.job-details-jobs-unified-top-card__bullet', '.jobs-unified-top-card__bullet'],
  salary: ['.compensation__salary', '.salary-main-rail__data-amount'],
  description: ['.show-more-less-html__markup', '.description__text', '#job-details', '.jobs-description__content'],
  skip: ['.show-more-less-html__button'],
  container: ['section.top-card-layout', 'section.topcard', '.jobs-unified-top-card'],
  id: (_doc, url) => idFromUrl(url.href, /(\d{6,})\/?$/) ?? url.searchParams.get('currentJobId'),
};

/** The two-pane search page shows the selected card's full posting beside the list (saved page 2020a). */
const ACTIVE_CARD = ['.job-card__contents--active', '.jobs-search-results-list__list-item--active', '.job-card-container--active'];
const PANE_TITLE = ['.details-pane__content .topcard__title', '.jobs-search__job-details .jobs-unified-top-card__job-title', '.job-details-jobs-unified-top-card__job-title'];
const PANE_DESCRIPTION = ['.details-pane__content .description__text', '.jobs-search__job-details .jobs-description__content', '.jobs-search__job-details #job-details'];

const isListing = (doc: Document): boolean => first(doc, LIST_MARKERS) !== null;

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  matches: (url) => hostIn(url, ['linkedin.com']) && /^\/(?:comm\/)?jobs(?:\/|$)/.test(url.pathname),
  isListing,
  extract(doc, url) {
    if (isListing(doc)) return withSelectedPosting(doc, readCards(doc, url, CARDS));
    // Only /jobs/view/ is a posting; the jobs landing page (saved page 2020c) holds neither.
    return url.pathname.includes('/jobs/view/') ? readPosting(doc, url, POSTING) : [];
  },
};

/** Give the active card the full description shown in the details pane, when the titles agree. */
function withSelectedPosting(doc: Document, cards: ExtractedPosting[]): ExtractedPosting[] {
  const active = first(doc, ACTIVE_CARD);
  const pane = first(doc, PANE_DESCRIPTION);
  if (!active || !pane) return cards;
  const paneTitle = textOf(doc, PANE_TITLE);
  const target = cards.find((c) => c.element !== undefined && (c.element === active || c.element.contains(active) || active.contains(c.element)));
  if (!target || (paneTitle && paneTitle !== target.posting.title)) return cards;
  const full = domText(pane);
  if (full) target.posting = { ...target.posting, description: full };
  return cards;
}
