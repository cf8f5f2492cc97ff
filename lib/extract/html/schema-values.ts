/**
 * Reading loosely typed schema.org values. The same property arrives as a string, a number,
 * an object, an array of either, or {"@value": ...} depending on the site and on whether it came
 * from JSON-LD or microdata; these helpers take the first usable reading and never throw.
 */
export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function arr(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = str(x);
      if (s !== undefined) return s;
    }
    return undefined;
  }
  if (isObj(v) && '@value' in v) return str(v['@value']);
  return undefined;
}

export function obj(v: unknown): Obj | undefined {
  for (const x of arr(v)) if (isObj(x)) return x;
  return undefined;
}

/** A number from 1500, "1500", "1,500.50", "AED 1 500"; undefined when not a plain amount. */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const s = str(v);
  if (s === undefined) return undefined;
  const cleaned = s.replace(/[,\s\u00a0]/g, '').replace(/^[^\d.-]{1,5}/, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(cleaned)) return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}

/** The last segment of a type IRI or CURIE: "http://schema.org/JobPosting" and "schema:JobPosting" give "JobPosting". */
export function typeName(t: string): string {
  const cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf('#'), t.lastIndexOf(':'));
  return t.slice(cut + 1);
}

export function hasType(o: Obj, name: string): boolean {
  return arr(o['@type']).some((t) => typeof t === 'string' && typeName(t) === name);
}

/** Unique non-empty strings, in first-seen order. */
export function uniq(items: Array<string | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of items) {
    if (!s) continue;
    const key = s.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}
