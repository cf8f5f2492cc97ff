import { z } from 'zod';
import { RuleSchema } from '../rules/schema';
import { BenchmarkSchema } from '../engine/benchmark';

/**
 * The feed envelope (docs/feeds.md, docs/feed.schema.json). A feed is data only: rules,
 * help lines and registers for users, and pay benchmarks. `format` is the envelope's layout;
 * a client refuses formats it does not know rather than guessing (uBlock Origin's
 * compiled-format version works the same way).
 */
export const KNOWN_FORMATS = [1] as const;
export const FEED_FORMAT = 1;

/** Caps that bound what one feed can make the client hold or do (the body is capped at 5 MB too). */
export const FEED_LIMITS = {
  rules: 2_000,
  resources: 2_000,
  benchmarks: 1_000,
  disables: 2_000,
  listItems: 20,
  shortText: 300,
  longText: 2_000,
} as const;

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const KebabId = z.string().max(100).regex(kebab, 'ids are kebab-case: lower-case letters, digits and single dashes');
const short = z.string().min(1).max(FEED_LIMITS.shortText);
const list = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(FEED_LIMITS.listItems);
const httpUrl = z.url({ protocol: /^https?$/ }).max(FEED_LIMITS.longText);
const isoDateTime = z.iso.datetime({ offset: true });

export const PublisherSchema = z.strictObject({
  id: KebabId,
  name: z.string().min(2).max(200),
  url: httpUrl.optional(),
  contact: short.optional(),
});

export const RESOURCE_KINDS = ['helpline', 'regulator', 'licence-register', 'reporting'] as const;
export const SOURCE_KINDS = ['official', 'news', 'secondary'] as const;

const ResourceSource = z.strictObject({
  url: httpUrl,
  /** official: government, intergovernmental or the operator's own site; news; secondary: blogs, NGO lists, reposts. */
  kind: z.enum(SOURCE_KINDS),
  /** The source's own date as the compilation gives it, e.g. "2025-09-28" or "undated (launched 25 Mar 2025)". */
  date: short.optional(),
});

/** A help line, regulator or register shown to users, always with its source and date. */
export const ResourceSchema = z.strictObject({
  country: z.string().regex(/^([A-Z]{2}|EU|\*)$/, 'ISO 3166-1 alpha-2 code in upper case, "EU", or "*" for everywhere'),
  organisation: short,
  purpose: z.string().min(1).max(FEED_LIMITS.longText),
  kind: z.enum(RESOURCE_KINDS),
  phone: list(short).optional(),
  sms: list(short).optional(),
  web: list(httpUrl).optional(),
  email: list(z.email().max(FEED_LIMITS.shortText)).optional(),
  languages: list(short).optional(),
  source: ResourceSource,
  /** Further pages that confirm parts of the row (a second number, the opening hours). */
  alsoSources: z.array(ResourceSource).max(5).optional(),
  /** When the row was last checked against its source. */
  checked: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'date checked as YYYY-MM or YYYY-MM-DD'),
  note: z.string().min(1).max(FEED_LIMITS.longText).optional(),
});

export const FeedSchema = z.strictObject({
  format: z.literal(FEED_FORMAT),
  /** Must grow with every release: clients refuse a version lower than or equal to the one they hold. */
  version: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  publishedAt: isoDateTime,
  expiresAt: isoDateTime,
  publisher: PublisherSchema,
  rules: z.array(RuleSchema).max(FEED_LIMITS.rules),
  resources: z.array(ResourceSchema).max(FEED_LIMITS.resources),
  benchmarks: z.array(BenchmarkSchema).max(FEED_LIMITS.benchmarks),
  /** Rule ids of other (lower-priority) feeds that this feed switches off (docs/feeds.md). */
  disables: z.array(KebabId).max(FEED_LIMITS.disables).optional(),
});

export type FeedInput = z.input<typeof FeedSchema>;
export type Feed = z.output<typeof FeedSchema>;
export type Publisher = z.output<typeof PublisherSchema>;
export type Resource = z.output<typeof ResourceSchema>;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
