import { domText, inlineText } from './dom-text';
import { finalizePosting, safeHttpUrl } from './finalize';
import { jobPostingToPosting } from './schema-org';
import { typeName, type Obj } from './schema-values';
import { MAX_POSTINGS_PER_PAGE, type ExtractedPosting } from './types';

const JOB_SCOPES = '[itemscope][itemtype*="JobPosting" i]';
const MAX_NESTING = 6;

export interface MicrodataResult {
  postings: ExtractedPosting[];
  notes: string[];
}

/**
 * schema.org JobPosting items written as HTML microdata (itemscope/itemtype/itemprop), e.g.
 * <div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">...</h1>.
 * Each item becomes a plain object shaped like JSON-LD and goes through the same mapping.
 * `itemref` is not followed (rare on job boards, and it lets properties live anywhere in the page).
 */
export function extractMicrodata(doc: Document, pageUrl?: string): MicrodataResult {
  const notes: string[] = [];
  const jobs = Array.from(doc.querySelectorAll(JOB_SCOPES)).filter(isJobPosting);
  if (jobs.length === 0) return { postings: [], notes };
  if (jobs.length > MAX_POSTINGS_PER_PAGE) notes.push(`microdata: read the first ${MAX_POSTINGS_PER_PAGE} of ${jobs.length} JobPostings`);
  const postings: ExtractedPosting[] = [];
  for (const el of jobs.slice(0, MAX_POSTINGS_PER_PAGE)) {
    const node = itemToObject(el, pageUrl, 0);
    const posting = finalizePosting(jobPostingToPosting(node, { htmlDescription: false }), pageUrl);
    if (posting) postings.push({ posting, element: el });
  }
  return { postings, notes };
}

/** Cheap presence test for the content script. */
export function hasMicrodataJobPosting(doc: Document): boolean {
  return Array.from(doc.querySelectorAll(JOB_SCOPES)).some(isJobPosting);
}

function isJobPosting(el: Element): boolean {
  return (el.getAttribute('itemtype') ?? '').split(/\s+/).some((t) => typeName(t) === 'JobPosting');
}

/**
 * An item's properties: its descendants with itemprop, not crossing into nested items (a nested
 * itemscope is itself one property value, read recursively). One iterative walk of the item's
 * subtree, so each element is visited once per item that owns it: linear, no `closest` per
 * property, no recursion on plain elements.
 */
function itemToObject(item: Element, pageUrl: string | undefined, depth: number): Obj {
  const out: Obj = { '@type': (item.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean) };
  const stack: Element[] = Array.from(item.children).reverse();
  while (stack.length > 0) {
    const el = stack.pop();
    if (!el) break;
    const scoped = el.hasAttribute('itemscope');
    const names = (el.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean);
    if (names.length > 0) {
      const value = scoped ? (depth < MAX_NESTING ? itemToObject(el, pageUrl, depth + 1) : undefined) : propertyValue(el, names, pageUrl);
      if (value !== undefined && value !== '') {
        for (const name of names) {
          const prev = out[name];
          out[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
        }
      }
    }
    if (!scoped) for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return out;
}

/** Properties whose value is a link. */
const URL_PROPS = new Set(['url', 'sameAs', 'image', 'logo']);

/**
 * The microdata property value rules (HTML Living Standard, "values"), with one deviation: an
 * <a itemprop="title"> gives its text, not its href. Boards link their titles, and a title that
 * reads "https://..." helps nobody.
 */
function propertyValue(el: Element, names: string[], pageUrl: string | undefined): string | undefined {
  const tag = el.localName.toLowerCase();
  switch (tag) {
    case 'meta':
      return el.getAttribute('content') ?? undefined;
    case 'link':
      return safeHttpUrl(el.getAttribute('href'), pageUrl);
    case 'a': case 'area':
      return names.some((n) => URL_PROPS.has(n)) ? safeHttpUrl(el.getAttribute('href'), pageUrl) : inlineText(el);
    case 'img': case 'audio': case 'video': case 'source': case 'iframe': case 'embed': case 'track':
      return safeHttpUrl(el.getAttribute('src'), pageUrl);
    case 'object':
      return safeHttpUrl(el.getAttribute('data'), pageUrl);
    case 'data': case 'meter':
      return el.getAttribute('value') ?? undefined;
    case 'time':
      return el.getAttribute('datetime') ?? inlineText(el);
    default:
      // Descriptions keep their paragraphs; every other property is one line.
      return names.includes('description') ? domText(el) : inlineText(el);
  }
}
