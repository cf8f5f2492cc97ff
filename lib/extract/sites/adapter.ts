import type { ExtractedPosting } from '../html/types';

/**
 * A job site's fragile knowledge: which addresses it owns and where its markup keeps each field.
 * One adapter per file, named by its id; every CSS selector for that site lives in that file.
 */
export interface SiteAdapter {
  /** Kebab-case, equal to the file name. */
  readonly id: string;
  /** Host (and, for general classifieds, job-section path) test. Must be cheap: runs on every page load. */
  matches(url: URL): boolean;
  /** True on a search/results page (one posting per card), false on a single posting page. */
  isListing(doc: Document): boolean;
  /** Listing: one posting per card, `element` = the card. Posting page: the one posting. Empty if neither. */
  extract(doc: Document, url: URL): ExtractedPosting[];
}

/** `url`'s host is one of `domains` or a subdomain of one ("bg.linkedin.com" for "linkedin.com"). */
export function hostIn(url: URL, domains: readonly string[]): boolean {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
