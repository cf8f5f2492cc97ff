import type { Posting } from '../../engine/posting';
import { domText, inlineText } from '../html/dom-text';
import { finalizePosting, safeHttpUrl } from '../html/finalize';
import { MAX_POSTINGS_PER_PAGE, type ExtractedPosting } from '../html/types';

/**
 * Shared machinery for site adapters. It holds no selector: each adapter passes its own lists,
 * tried in order, so a site redesign is fixed in that site's file alone.
 */
export type Selectors = readonly string[];

/** First element matching the first selector that matches anything; a selector the engine rejects is skipped. */
export function first(root: ParentNode, selectors: Selectors): Element | null {
  for (const sel of selectors) {
    const el = query(() => root.querySelector(sel));
    if (el) return el;
  }
  return null;
}

/** All elements of the first selector that matches anything (not a union: fallbacks can nest). */
export function all(root: ParentNode, selectors: Selectors): Element[] {
  for (const sel of selectors) {
    const list = query(() => root.querySelectorAll(sel));
    if (list && list.length > 0) return Array.from(list);
  }
  return [];
}

/** One-line text of the first selector whose element has any. */
export function textOf(root: ParentNode, selectors: Selectors | undefined): string | undefined {
  for (const sel of selectors ?? []) {
    const t = inlineText(query(() => root.querySelector(sel)));
    if (t) return t;
  }
  return undefined;
}

/** Absolute http(s) href of the first matching element that has one. */
export function hrefOf(root: ParentNode, selectors: Selectors | undefined, base: URL): string | undefined {
  for (const sel of selectors ?? []) {
    const el = query(() => root.querySelector(sel));
    const href = safeHttpUrl(el?.getAttribute('href'), base);
    if (href) return href;
  }
  return undefined;
}

export function matchesAny(el: Element, selectors: Selectors | undefined): boolean {
  return (selectors ?? []).some((sel) => query(() => el.matches(sel)) === true);
}

function query<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null; // a selector this DOM engine does not support must not stop the other fallbacks
  }
}

export interface CardSpec {
  /** Prefix for posting ids ("seek:40624451"). */
  site: string;
  cards: Selectors;
  title: Selectors;
  /** Default: the title's link, else the first link in the card. */
  link?: Selectors;
  company?: Selectors;
  location?: Selectors;
  salary?: Selectors;
  snippet?: Selectors;
  contact?: Selectors;
  /** The site's own job id, from a data attribute or the link. */
  id?: (card: Element, link: string | undefined) => string | null | undefined;
}

/** One posting per result card, first MAX_POSTINGS_PER_PAGE cards; cards without a title are skipped. */
export function readCards(doc: Document, base: URL, spec: CardSpec): ExtractedPosting[] {
  const out: ExtractedPosting[] = [];
  for (const card of all(doc, spec.cards).slice(0, MAX_POSTINGS_PER_PAGE)) {
    const title = textOf(card, spec.title);
    if (!title) continue;
    const url = hrefOf(card, spec.link, base) ?? titleLink(card, spec.title, base);
    const snippet = first(card, spec.snippet ?? []);
    const id = spec.id?.(card, url);
    const raw: Posting = {
      id: id ? `${spec.site}:${id}` : undefined,
      title,
      company: textOf(card, spec.company),
      location: textOf(card, spec.location),
      salary: textOf(card, spec.salary),
      contact: textOf(card, spec.contact),
      description: snippet ? domText(snippet, { cap: 20_000 }) : undefined,
      url,
    };
    const posting = finalizePosting(raw, base.href);
    if (posting) out.push({ posting, element: card });
  }
  return out;
}

function titleLink(card: Element, title: Selectors, base: URL): string | undefined {
  const el = first(card, title);
  const a = el?.closest('a[href]') ?? el?.querySelector('a[href]') ?? card.closest('a[href]') ?? card.querySelector('a[href]');
  return safeHttpUrl(a?.getAttribute('href'), base);
}

export interface PostingSpec {
  site: string;
  title: Selectors;
  description: Selectors;
  company?: Selectors;
  location?: Selectors;
  salary?: Selectors;
  contact?: Selectors;
  /** Elements inside the description that are site furniture ("QR code link to this post"). */
  skip?: Selectors;
  /** The element a badge goes next to; default the title's element. */
  container?: Selectors;
  id?: (doc: Document, url: URL) => string | null | undefined;
}

/** The one posting of a posting page, or nothing when neither a title nor a description is found. */
export function readPosting(doc: Document, url: URL, spec: PostingSpec): ExtractedPosting[] {
  const title = textOf(doc, spec.title);
  const body = first(doc, spec.description);
  const description = body ? domText(body, { skip: spec.skip ? (el) => matchesAny(el, spec.skip) : undefined }) : undefined;
  if (!title && !description) return [];
  const id = spec.id?.(doc, url);
  const raw: Posting = {
    id: id ? `${spec.site}:${id}` : undefined,
    title,
    company: textOf(doc, spec.company),
    location: textOf(doc, spec.location),
    salary: textOf(doc, spec.salary),
    contact: textOf(doc, spec.contact),
    description,
    url: url.href,
  };
  const posting = finalizePosting(raw, url.href);
  if (!posting) return [];
  const element = first(doc, spec.container ?? []) ?? first(doc, spec.title) ?? undefined;
  return [{ posting, element }];
}

/** The trailing run of digits in a path segment ("...-1448593500", "/job/40624451"), for site ids. */
export function idFromUrl(href: string | undefined, pattern: RegExp): string | undefined {
  if (!href) return undefined;
  try {
    return pattern.exec(new URL(href).pathname)?.[1];
  } catch {
    return undefined;
  }
}

/**
 * The value printed next to a label ("Monthly Salary" → "AED 4,500"): the label element's next
 * sibling, for <dt>/<dd>, <th>/<td> and label/value span pairs. Used for facts boards lay out as
 * a definition list rather than with a hook of their own.
 */
export function valueAfterLabel(root: ParentNode, labels: Selectors, pattern: RegExp): string | undefined {
  for (const sel of labels) {
    const list = query(() => root.querySelectorAll(sel));
    for (const el of Array.from(list ?? []).slice(0, 200)) {
      if (!pattern.test(inlineText(el, 200))) continue;
      const value = inlineText(el.nextElementSibling);
      if (value) return value;
    }
  }
  return undefined;
}

/** Fill fields the selectors missed, keeping what was found. */
export function fillMissing(items: ExtractedPosting[], extra: Partial<Posting>): ExtractedPosting[] {
  for (const item of items) {
    const patch: Partial<Posting> = {};
    for (const [k, v] of Object.entries(extra) as Array<[keyof Posting, Posting[keyof Posting]]>) {
      if (v !== undefined && item.posting[k] === undefined) Object.assign(patch, { [k]: v });
    }
    item.posting = { ...item.posting, ...patch };
  }
  return items;
}
