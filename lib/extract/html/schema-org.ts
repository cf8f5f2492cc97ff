import type { Posting, Structured } from '../../engine/posting';
import { htmlToText } from './html-text';
import { arr, isObj, num, obj, str, uniq, type Obj } from './schema-values';

type Location = NonNullable<Structured['jobLocation']>[number];
type Salary = NonNullable<Structured['baseSalary']>;

/**
 * One schema.org JobPosting (https://schema.org/JobPosting) as a Posting. JSON-LD and microdata
 * both arrive here as plain objects. `htmlDescription`: JSON-LD descriptions are HTML by
 * Google's guidelines; microdata descriptions are already text read from the page.
 */
export function jobPostingToPosting(node: Obj, opts: { htmlDescription: boolean }): Posting {
  const org = organization(node['hiringOrganization']);
  const places = arr(node['jobLocation']).slice(0, 50).map(place).filter((p) => p.text || p.loc);
  const remote = str(node['jobLocationType'])?.toUpperCase() === 'TELECOMMUTE';
  const salary = baseSalary(node['baseSalary'], str(node['salaryCurrency']));
  const employmentType = uniq(arr(node['employmentType']).flatMap((t) => (str(t) ?? '').split(',')).map((t) => t.trim()));
  const structured: Structured = {
    hiringOrganization: org.structured,
    baseSalary: salary.structured,
    jobLocation: places.flatMap((p) => (p.loc ? [p.loc] : [])),
    employmentType,
    datePosted: str(node['datePosted']),
    validThrough: str(node['validThrough']),
    identifier: identifier(node['identifier']),
  };
  const rawDescription = str(node['description']);
  const description = rawDescription && opts.htmlDescription ? htmlToText(rawDescription) : rawDescription;
  return {
    title: str(node['title']) ?? str(node['name']),
    company: org.structured?.name,
    location: uniq([...places.map((p) => p.text), remote ? 'Remote' : undefined]).join('; ') || undefined,
    salary: salary.text,
    description: withExtras(description, node, opts.htmlDescription),
    contact: contact(node, org.raw),
    url: str(node['url']),
    lang: str(node['inLanguage']),
    structured,
  };
}

function organization(v: unknown): { structured?: Structured['hiringOrganization']; raw?: Obj } {
  const o = obj(v);
  if (!o) {
    const name = str(v);
    return name ? { structured: { name } } : {};
  }
  return { structured: { name: str(o['name']) ?? str(o['legalName']), sameAs: str(o['sameAs']), url: str(o['url']) }, raw: o };
}

function place(v: unknown): { text?: string; loc?: Location } {
  if (!isObj(v)) return { text: str(v) };
  const address = v['address'] ?? v;
  if (!isObj(address)) return { text: uniq([str(v['name']), str(address)]).join(', ') || undefined };
  const country = obj(address['addressCountry']);
  const loc: Location = {
    street: str(address['streetAddress']),
    locality: str(address['addressLocality']),
    region: str(address['addressRegion']),
    country: country ? str(country['name']) ?? str(country['identifier']) : str(address['addressCountry']),
  };
  const parts = uniq([loc.locality, loc.region, loc.country]);
  const text = parts.length > 0 ? parts.join(', ') : loc.street ?? str(v['name']);
  const empty = !loc.street && !loc.locality && !loc.region && !loc.country;
  return { text, loc: empty ? undefined : loc };
}

/**
 * MonetaryAmount with a QuantitativeValue or a plain number, or a plain number/string.
 * `currency`: JobPosting.salaryCurrency, for the plain forms.
 */
function baseSalary(v: unknown, currency: string | undefined): { structured?: Salary; text?: string } {
  const o = obj(v);
  if (!o) {
    const value = num(v);
    if (value === undefined) return { text: str(v) };
    return { structured: { value, currency }, text: [currency, typeof v === 'number' ? fmt(value) : str(v)].filter(Boolean).join(' ') };
  }
  const q = obj(o['value']);
  const s: Salary = {
    currency: str(o['currency']) ?? currency,
    value: q ? num(q['value']) : num(o['value']),
    min: q ? num(q['minValue']) : num(o['minValue']),
    max: q ? num(q['maxValue']) : num(o['maxValue']),
    unitText: (q ? str(q['unitText']) : undefined) ?? str(o['unitText']),
  };
  const amount =
    s.min !== undefined && s.max !== undefined && s.min !== s.max ? `${fmt(s.min)}\u2013${fmt(s.max)}`
    : s.value !== undefined ? fmt(s.value)
    : s.min !== undefined ? (s.max !== undefined ? fmt(s.min) : `from ${fmt(s.min)}`)
    : s.max !== undefined ? `up to ${fmt(s.max)}`
    : q ? undefined : str(o['value']);
  const text = amount ? [s.currency, amount, s.unitText ? `per ${s.unitText.toLowerCase()}` : undefined].filter(Boolean).join(' ') : undefined;
  return { structured: s, text };
}

/** 1500 → "1,500"; 24.5 → "24.50" (amounts with cents keep both digits). */
function fmt(n: number): string {
  const cents = Number.isInteger(n) ? 0 : 2;
  return n.toLocaleString('en-US', { minimumFractionDigits: cents, maximumFractionDigits: cents });
}

function identifier(v: unknown): string | undefined {
  const o = obj(v);
  return o ? str(o['value']) ?? str(o['name']) : str(v);
}

/** applicationContact plus the organisation's own e-mail and telephone: how the ad wants to be reached. */
function contact(node: Obj, org: Obj | undefined): string | undefined {
  const parts: Array<string | undefined> = [];
  for (const c of arr(node['applicationContact'])) {
    if (isObj(c)) parts.push(str(c['email']), str(c['telephone']), str(c['url']));
    else parts.push(str(c));
  }
  if (org) parts.push(str(org['email']), str(org['telephone']));
  return uniq(parts).join('; ') || undefined;
}

/** Free-text fields some boards fill instead of the description (benefits such as "accommodation provided"). */
const EXTRA_TEXT = ['responsibilities', 'qualifications', 'skills', 'experienceRequirements', 'jobBenefits', 'incentiveCompensation', 'workHours'];

function withExtras(description: string | undefined, node: Obj, html: boolean): string | undefined {
  const parts = description ? [description] : [];
  for (const key of EXTRA_TEXT) {
    const raw = str(node[key]);
    if (!raw) continue;
    const text = html ? htmlToText(raw) : raw;
    if (text && !(description ?? '').includes(text)) parts.push(text);
  }
  return parts.join('\n\n') || undefined;
}
