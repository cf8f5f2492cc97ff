import type { Posting } from '../../engine/posting';

/**
 * One posting found in a page. `element` is the card (listing page) or container (posting page)
 * it came from, when known, so the content script can put its badge next to it. JSON-LD postings
 * have no element: a script tag is not something a badge can sit beside.
 */
export interface ExtractedPosting {
  posting: Posting;
  element?: Element;
}

export type ExtractMethod = 'jsonld' | 'microdata' | 'site' | 'readable' | 'none';

export interface ExtractResult {
  postings: ExtractedPosting[];
  method: ExtractMethod;
  /** Human-readable reasons (skipped scripts, caps reached, fallbacks taken), for the CLI and the panel. */
  notes: string[];
}

/**
 * Cards read per page at most. A listing of 10,000 cards (infinite scroll left running) would
 * otherwise cost seconds of scoring on every mutation batch; nobody reads past the first few
 * hundred anyway. Shared by site adapters, JSON-LD and microdata.
 */
export const MAX_POSTINGS_PER_PAGE = 2_000;

/** Characters of readable text kept per posting; a posting is a few kilobytes, a page can be megabytes. */
export const MAX_TEXT_CHARS = 200_000;
