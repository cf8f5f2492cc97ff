import type { SiteAdapter } from './adapter';
import { bayt } from './bayt';
import { craigslist } from './craigslist';
import { dubizzle } from './dubizzle';
import { gulftalent } from './gulftalent';
import { indeed } from './indeed';
import { jobstreet } from './jobstreet';
import { linkedin } from './linkedin';
import { naukrigulf } from './naukrigulf';
import { olx } from './olx';
import { seek } from './seek';

/**
 * Every site adapter, sorted by id (a conventions test checks the order and that each id is its
 * file name). Explicit rather than globbed so the content script bundle lists what it ships.
 * Adapters own disjoint hosts, so the first match is the only match.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [bayt, craigslist, dubizzle, gulftalent, indeed, jobstreet, linkedin, naukrigulf, olx, seek];

export function findAdapter(url: URL): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((a) => a.matches(url));
}
