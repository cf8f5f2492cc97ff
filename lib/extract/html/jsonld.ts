import { finalizePosting } from './finalize';
import { jobPostingToPosting } from './schema-org';
import { hasType, isObj, type Obj } from './schema-values';
import { MAX_POSTINGS_PER_PAGE, type ExtractedPosting } from './types';

/** Bytes of JSON read per script at most; a JobPosting is a few kilobytes, 2 MB is generous. */
export const MAX_JSONLD_CHARS = 2_000_000;
/** Objects visited per script at most when looking for JobPostings in nested data. */
const MAX_NODES = 100_000;
const MAX_DEPTH = 8;

// The `i` flag: sites write "application/ld+json", "application/LD+JSON; charset=utf-8", ...
const SCRIPTS = 'script[type*="ld+json" i]';

export interface JsonLdResult {
  postings: ExtractedPosting[];
  notes: string[];
}

/**
 * Every schema.org JobPosting in the page's JSON-LD: single objects, arrays, @graph, and
 * postings nested in other nodes (ItemList elements, WebPage.mainEntity). A malformed or
 * oversized script is skipped with a note and the others are still read.
 */
export function extractJsonLd(doc: Document, pageUrl?: string): JsonLdResult {
  const notes: string[] = [];
  const nodes: Obj[] = [];
  doc.querySelectorAll(SCRIPTS).forEach((script, k) => {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSONLD_CHARS) {
      notes.push(`JSON-LD block ${k + 1} skipped: ${text.length} characters, over the ${MAX_JSONLD_CHARS} cap`);
      return;
    }
    const parsed = parseLenient(text);
    if (!parsed.ok) {
      notes.push(`JSON-LD block ${k + 1} skipped: not valid JSON (${parsed.error.slice(0, 120)})`);
      return;
    }
    const ids = new Map<string, Obj>();
    const found: Obj[] = [];
    collectJobPostings(parsed.value, found, ids);
    for (const node of found) nodes.push(resolveRefs(node, ids));
  });
  if (nodes.length > MAX_POSTINGS_PER_PAGE) {
    notes.push(`JSON-LD: read the first ${MAX_POSTINGS_PER_PAGE} of ${nodes.length} JobPostings`);
  }
  const postings: ExtractedPosting[] = [];
  for (const node of nodes.slice(0, MAX_POSTINGS_PER_PAGE)) {
    const posting = finalizePosting(jobPostingToPosting(node, { htmlDescription: true }), pageUrl);
    if (posting) postings.push({ posting });
  }
  return { postings, notes };
}

/** Cheap presence test for the content script: a string search, no JSON parsing. */
export function hasJsonLdJobPosting(doc: Document): boolean {
  for (const script of Array.from(doc.querySelectorAll(SCRIPTS))) {
    const text = script.textContent ?? '';
    if (text.length <= MAX_JSONLD_CHARS && text.includes('JobPosting')) return true;
  }
  return false;
}

/** Depth-first, in document order, with a node budget: a JSON-LD block is untrusted input. */
function collectJobPostings(root: unknown, out: Obj[], ids: Map<string, Obj>): void {
  const stack: Array<[unknown, number]> = [[root, 0]];
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const top = stack.pop();
    if (!top) break;
    const [value, depth] = top;
    visited++;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], depth + 1]);
      continue;
    }
    if (!isObj(value)) continue;
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).length > 1 && !ids.has(id)) ids.set(id, value);
    if (hasType(value, 'JobPosting')) {
      out.push(value);
      continue;
    }
    if (depth >= MAX_DEPTH) continue;
    const children = Object.values(value).filter((v) => typeof v === 'object' && v !== null);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
  }
}

/** Properties that @graph pages often give as a reference ({"@id": "#org"}) to another node. */
const REF_KEYS = ['hiringOrganization', 'jobLocation', 'baseSalary', 'applicationContact'];

/** Replace bare {"@id"} references with the node they name, one level deep (no chains, no cycles). */
function resolveRefs(node: Obj, ids: Map<string, Obj>): Obj {
  const out: Obj = { ...node };
  for (const key of REF_KEYS) {
    const v = out[key];
    const deref = (x: unknown): unknown => {
      if (!isObj(x) || typeof x['@id'] !== 'string' || Object.keys(x).length > 1) return x;
      return ids.get(x['@id']) ?? x;
    };
    if (Array.isArray(v)) out[key] = v.map(deref);
    else if (v !== undefined) out[key] = deref(v);
  }
  return out;
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * JSON.parse, after removing the wrappers CMSs put around JSON-LD (HTML comments, CDATA, a
 * trailing semicolon). If that fails, retry once with raw control characters inside strings
 * escaped: literal newlines in descriptions are the commonest real-world JSON-LD error.
 */
function parseLenient(text: string): Parsed {
  const body = unwrap(text);
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (first) {
    try {
      return { ok: true, value: JSON.parse(escapeControlsInStrings(body)) };
    } catch {
      return { ok: false, error: first instanceof Error ? first.message : String(first) };
    }
  }
}

function unwrap(text: string): string {
  let s = text.trim();
  s = s.replace(/^(?:\/\*\s*)?(?:<!--|<!\[CDATA\[|\/\/\s*<!\[CDATA\[)(?:\s*\*\/)?/, '').trim();
  s = s.replace(/(?:\/\*\s*)?(?:-->|\]\]>|\/\/\s*\]\]>)(?:\s*\*\/)?$/, '').trim();
  return s.endsWith(';') ? s.slice(0, -1) : s;
}

function escapeControlsInStrings(s: string): string {
  const out: string[] = [];
  let inString = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inString && c === 92 /* \ */) {
      i++;
      continue;
    }
    if (c === 34 /* " */) inString = !inString;
    else if (inString && c < 32) {
      out.push(s.slice(start, i), c === 10 ? '\\n' : c === 13 ? '\\r' : c === 9 ? '\\t' : ' ');
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.join('');
}
