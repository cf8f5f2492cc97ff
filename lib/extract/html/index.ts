import type { Posting } from '../../engine/posting';
import { findAdapter } from '../sites/registry';
import { safeHttpUrl } from './finalize';
import { extractJsonLd, hasJsonLdJobPosting } from './jsonld';
import { extractMicrodata, hasMicrodataJobPosting } from './microdata';
import { extractReadable } from './readable';
import { MAX_POSTINGS_PER_PAGE, type ExtractedPosting, type ExtractMethod, type ExtractResult } from './types';

export type { ExtractedPosting, ExtractMethod, ExtractResult } from './types';

/**
 * All postings in a page, from the most specific source that yields any: the site's adapter,
 * then JSON-LD, then microdata, then the page's readable text. Pure DOM reading: runs on the
 * live `document` in the content script and on a happy-dom Document in the CLI and tests.
 * `url` defaults to the document's own address; it becomes posting.url when a posting has none.
 */
export function extractFromDocument(doc: Document, url?: string): ExtractResult {
  const notes: string[] = [];
  const pageUrl = safeHttpUrl(url) ?? safeHttpUrl(doc.URL);
  const lang = pageLang(doc);
  const done = (postings: ExtractedPosting[], method: ExtractMethod): ExtractResult => ({
    postings: postings.map((p) => (lang && !p.posting.lang ? { ...p, posting: { ...p.posting, lang } } : p)),
    method,
    notes,
  });

  const adapter = pageUrl ? findAdapter(new URL(pageUrl)) : undefined;
  if (adapter && pageUrl) {
    const site = guarded(notes, `${adapter.id} adapter`, () => adapter.extract(doc, new URL(pageUrl))) ?? [];
    if (site.length >= MAX_POSTINGS_PER_PAGE) notes.push(`${adapter.id}: read the first ${MAX_POSTINGS_PER_PAGE} cards; the page may hold more`);
    if (site.length > 0) {
      const listing = guarded(notes, `${adapter.id} adapter`, () => adapter.isListing(doc)) ?? true;
      if (site.length === 1 && !listing) mergeStructured(site, doc, pageUrl, notes);
      return done(site, 'site');
    }
    notes.push(`${adapter.id} adapter matched the address but found no posting`);
  }

  const jsonld = guarded(notes, 'JSON-LD', () => extractJsonLd(doc, pageUrl));
  notes.push(...(jsonld?.notes ?? []));
  if (jsonld && jsonld.postings.length > 0) return done(jsonld.postings, 'jsonld');

  const micro = guarded(notes, 'microdata', () => extractMicrodata(doc, pageUrl));
  notes.push(...(micro?.notes ?? []));
  if (micro && micro.postings.length > 0) return done(micro.postings, 'microdata');

  if (adapter) {
    // A known site's page that its adapter calls neither a listing nor a posting (a landing page,
    // a profile): reading its whole text as one posting would only produce noise.
    notes.push('readable-text fallback not used on a known site');
    return done([], 'none');
  }
  const readable = guarded(notes, 'readable text', () => extractReadable(doc, pageUrl));
  notes.push(...(readable?.notes ?? []));
  if (readable && readable.postings.length > 0) return done(readable.postings, 'readable');
  return done([], 'none');
}

/**
 * Cheap test for the content script, run on every page: does this page hold a posting at all?
 * True when a site adapter claims the address or the page declares a schema.org JobPosting.
 * No text is read and no JSON is parsed.
 */
export function looksLikeJobPage(doc: Document, url?: string): boolean {
  const pageUrl = safeHttpUrl(url) ?? safeHttpUrl(doc.URL);
  if (pageUrl && findAdapter(new URL(pageUrl))) return true;
  return hasJsonLdJobPosting(doc) || hasMicrodataJobPosting(doc);
}

/**
 * A single posting read by an adapter, completed from the page's single JSON-LD JobPosting:
 * the adapter's fields win (they are what the page shows), JSON-LD fills the gaps and supplies
 * the structured facts (salary bounds, dates, identifier).
 */
function mergeStructured(site: ExtractedPosting[], doc: Document, pageUrl: string, notes: string[]): void {
  const target = site[0];
  const ld = guarded(notes, 'JSON-LD', () => extractJsonLd(doc, pageUrl));
  if (!target || !ld || ld.postings.length !== 1 || !ld.postings[0]) return;
  const from = ld.postings[0].posting;
  const merged: Posting = { ...target.posting };
  for (const k of ['title', 'company', 'location', 'salary', 'description', 'contact', 'lang'] as const) {
    if (!merged[k] && from[k]) merged[k] = from[k];
  }
  if (from.structured) merged.structured = { ...from.structured, ...merged.structured };
  target.posting = merged;
  notes.push('completed from the page\'s JSON-LD JobPosting');
}

/** Run one extractor; a bug or an odd page must cost that source, never the whole page. */
function guarded<T>(notes: string[], what: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    notes.push(`${what} failed: ${e instanceof Error ? e.message : String(e)}`.slice(0, 300));
    return undefined;
  }
}

/** The page's declared language (<html lang>), if it looks like a BCP 47 tag. */
function pageLang(doc: Document): string | undefined {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  return lang && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/.test(lang) ? lang : undefined;
}
