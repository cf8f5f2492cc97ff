import { ResourceSchema, type Resource } from '../feed/schema';

export type { Resource };

/**
 * Help lines, regulators and registers from the feed (lib/feed/schema.ts ResourceSchema), shown
 * for the countries an ad names, each with its source and the date it was checked. The feed only
 * carries verified rows (assets/feed/resources.yaml; guide/resources.md: never show unverified
 * ones). Rows are parsed again here, one by one, so a bad row is dropped rather than shown.
 */
const EU = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);

function covers(r: Resource, wanted: Set<string>): boolean {
  return wanted.has(r.country) || r.country === '*' || (r.country === 'EU' && [...wanted].some((c) => EU.has(c)));
}

/** Country rows first (in feed order), then EU-wide, then worldwide ones. */
const rank = (r: Resource) => (r.country === '*' ? 2 : r.country === 'EU' ? 1 : 0);

/** The valid rows that cover any of `countries`; none when the ad names no country. */
export function resourcesFor(countries: readonly string[], raw: readonly unknown[], limit = 12): Resource[] {
  if (countries.length === 0) return [];
  const wanted = new Set(countries.map((c) => c.toUpperCase()));
  const out: Resource[] = [];
  for (const r of raw) {
    const p = ResourceSchema.safeParse(r);
    if (p.success && covers(p.data, wanted)) out.push(p.data);
  }
  return out.sort((a, b) => rank(a) - rank(b)).slice(0, limit);
}

/** The already-parsed rows (from a screening reply) that cover any of `countries`. */
export function pickResources(rows: readonly Resource[], countries: readonly string[], limit = 12): Resource[] {
  if (countries.length === 0) return [];
  const wanted = new Set(countries.map((c) => c.toUpperCase()));
  return rows.filter((r) => covers(r, wanted)).sort((a, b) => rank(a) - rank(b)).slice(0, limit);
}
