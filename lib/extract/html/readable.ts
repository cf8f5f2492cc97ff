import { inlineText, readText } from './dom-text';
import { finalizePosting } from './finalize';
import { collapse } from './text-sink';
import { MAX_TEXT_CHARS, type ExtractedPosting } from './types';

/** Where a page's own content usually lives, most specific first. */
const MAIN_CANDIDATES = ['main', '[role="main"]', 'article'];
/** Several <article>s make a list (of posts, of jobs): the first one is not "the" content. */
const UNIQUE_ONLY = new Set(['article']);
/** Below this, a <main> is taken to be a shell (a loader, a cookie wall) and the body is read instead. */
const MIN_MAIN_CHARS = 200;
/** Page furniture, left out when the whole body is read. */
const BODY_CHROME: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside']);
/** Inside a <main> or <article>, headers and footers often carry the title and date; only navigation goes. */
const MAIN_CHROME: ReadonlySet<string> = new Set(['nav', 'aside']);

export interface ReadableResult {
  postings: ExtractedPosting[];
  notes: string[];
}

/**
 * Last resort for a single-posting page with no structured data and no adapter (an agency's own
 * site, a forum post): title from the first <h1> (else <title>), description from the main
 * readable text. It does not try to split a page into several postings.
 */
export function extractReadable(doc: Document, pageUrl?: string): ReadableResult {
  const notes: string[] = [];
  let container: Element | null = null;
  let read = { text: '', truncated: false };
  for (const sel of MAIN_CANDIDATES) {
    const el = doc.querySelector(sel);
    if (!el || (UNIQUE_ONLY.has(sel) && doc.querySelectorAll(sel).length > 1)) continue;
    const r = readText(el, { skipTags: MAIN_CHROME });
    if (r.text.length >= MIN_MAIN_CHARS) {
      container = el;
      read = r;
      break;
    }
  }
  if (!container && doc.body) {
    container = doc.body;
    read = readText(doc.body, { skipTags: BODY_CHROME });
  }
  const text = read.text;
  if (read.truncated) notes.push(`readable text cut at ${MAX_TEXT_CHARS} characters`);
  const posting = finalizePosting({ title: pageTitle(doc), description: text || undefined }, pageUrl);
  if (!posting?.description) return { postings: [], notes };
  return { postings: [{ posting, element: container ?? undefined }], notes };
}

function pageTitle(doc: Document): string | undefined {
  for (const h1 of Array.from(doc.querySelectorAll('h1')).slice(0, 10)) {
    const t = inlineText(h1, 1_000);
    if (t) return t;
  }
  // <title> is read directly: the text walker skips it as page furniture.
  return collapse(doc.querySelector('title')?.textContent, 1_000) || undefined;
}
