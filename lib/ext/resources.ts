import { z } from 'zod';

/**
 * Help lines and other resources from the feed (assets/feed/resources.yaml), shown for the
 * countries an ad mentions. Display-only, so each row is checked on its own: a row that does not
 * parse, or that is marked unverified, is never shown (guide/resources.md: "Do not show
 * unverified rows to users"). Every row shown carries its source and the date it was checked.
 */
const Str = z.string().trim().min(1).max(2_000);
const HttpUrl = z.string().max(2_000).refine((u) => /^https?:\/\//i.test(u), 'http(s) address');

export const ResourceSchema = z.object({
  /** ISO 3166-1 alpha-2 codes (or "EU"); a row may cover several countries. */
  country: z.union([Str, z.array(Str).min(1)]).transform((c) => (Array.isArray(c) ? c : [c]).map((x) => x.toUpperCase())),
  name: Str,
  purpose: Str.optional(),
  contact: z.union([Str, z.array(Str).min(1)]).transform((c) => (Array.isArray(c) ? c.join('; ') : c)),
  languages: Str.optional(),
  source: z.union([HttpUrl.transform((url) => ({ url, title: undefined as string | undefined })), z.object({ url: HttpUrl, title: Str.optional() })]),
  checked: z.string().max(40),
  status: z.string().max(200).optional(),
});
export type Resource = z.output<typeof ResourceSchema>;

/** Older or other field names the feed may use for the same facts. */
const ALIASES: Record<string, string> = { countries: 'country', organisation: 'name', organization: 'name', sourceDate: 'checked', date: 'checked' };

function normalise(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) out[ALIASES[k] ?? k] ??= v;
  if (Array.isArray(out.sources) && out.source === undefined) out.source = out.sources[0];
  delete out.sources;
  return out;
}

/** The rows that parse and are verified, for the given countries, in feed order. */
export function resourcesFor(countries: readonly string[], raw: readonly unknown[]): Resource[] {
  if (countries.length === 0) return [];
  const wanted = new Set(countries.map((c) => c.toUpperCase()));
  const out: Resource[] = [];
  for (const r of raw) {
    const p = ResourceSchema.safeParse(normalise(r));
    if (!p.success) continue;
    if (p.data.status && /^unverified/i.test(p.data.status.trim())) continue;
    if (p.data.country.some((c) => wanted.has(c))) out.push(p.data);
  }
  return out.slice(0, 12);
}
