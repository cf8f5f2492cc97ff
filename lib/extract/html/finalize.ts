import { PostingSchema, type Posting, type Structured } from '../../engine/posting';
import { collapse } from './text-sink';

/**
 * An http(s) URL resolved against `base`, or undefined. Anything else (javascript:, data:,
 * blob:) is dropped: a posting's url ends up as a link in the panel and the desk.
 */
export function safeHttpUrl(href: string | null | undefined, base?: string | URL): string | undefined {
  if (!href) return undefined;
  try {
    const u = base === undefined ? new URL(href.trim()) : new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const SINGLE_LINE = ['title', 'company', 'location', 'salary', 'contact'] as const;
const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/;

/**
 * Tidy one extracted posting into the engine's shape: single-line fields collapsed, empty fields
 * dropped, url made absolute and http(s) only (falling back to the page's url), lang checked,
 * and the whole thing validated by the engine's own schema. Returns null when nothing is left
 * to screen (no title, company or description) or the schema refuses it.
 */
export function finalizePosting(raw: Posting, pageUrl?: string): Posting | null {
  const out: Posting = {};
  for (const f of SINGLE_LINE) {
    const v = collapse(raw[f], 100_000);
    if (v) out[f] = v;
  }
  const description = raw.description?.trim();
  if (description) out.description = description;
  if (!out.title && !out.company && !out.description) return null;
  const url = safeHttpUrl(raw.url, pageUrl) ?? safeHttpUrl(pageUrl);
  if (url && url.length <= 10_000) out.url = url;
  if (raw.id) out.id = raw.id.slice(0, 500);
  if (raw.lang && LANG_TAG.test(raw.lang)) out.lang = raw.lang;
  const structured = pruneStructured(raw.structured);
  if (structured) out.structured = structured;
  const parsed = PostingSchema.safeParse(out);
  return parsed.success ? parsed.data : null;
}

/** Drop undefined members and empty sub-objects so tests and the desk see only real facts. */
function pruneStructured(s: Structured | undefined): Structured | undefined {
  if (!s) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (v === undefined || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length > 0) out[k] = v;
    } else if (typeof v === 'object' && v !== null) {
      const inner = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== ''));
      if (Object.keys(inner).length > 0) out[k] = inner;
    } else {
      out[k] = v;
    }
  }
  return Object.keys(out).length > 0 ? (out as Structured) : undefined;
}
