import { z } from 'zod';
import { BenchmarkSchema, compileRuleSet, type Benchmark, type CompiledRuleSet } from '../engine/index';
import { RuleSchema, type Rule } from '../rules/schema';

/**
 * The feed envelope as the extension stores and serves it. Rules and benchmarks are validated in
 * full here (total validation: one bad rule rejects the whole feed, so a half-valid feed never
 * replaces a good one). Resources are display-only and are validated one by one where they are
 * shown (resources.ts), so that a help-line row in a newer format cannot cost the user the rules.
 */
export const FEED_FORMAT = 1;

export const PublisherSchema = z.strictObject({ id: z.string().min(1).max(100), name: z.string().min(1).max(200) });

export const FeedEnvelopeSchema = z.object({
  format: z.literal(FEED_FORMAT),
  version: z.number().int().nonnegative(),
  publishedAt: z.string().max(40),
  expiresAt: z.string().max(40),
  publisher: PublisherSchema,
  rules: z.array(z.unknown()).max(5_000),
  resources: z.array(z.unknown()).max(5_000).default([]),
  benchmarks: z.array(z.unknown()).max(5_000).default([]),
});

export interface FeedData {
  format: typeof FEED_FORMAT;
  version: number;
  publishedAt: string;
  expiresAt: string;
  publisher: { id: string; name: string };
  rules: Rule[];
  resources: unknown[];
  benchmarks: Benchmark[];
}

export class FeedInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`feed rejected: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`);
  }
}

const issues = (e: z.ZodError) => e.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join(', ');

/** Validates and compiles a feed; throws FeedInvalidError listing every problem found. */
export function validateFeed(input: unknown): { feed: FeedData; compiled: CompiledRuleSet } {
  const env = FeedEnvelopeSchema.safeParse(input);
  if (!env.success) throw new FeedInvalidError([issues(env.error)]);
  const problems: string[] = [];
  const rules: Rule[] = [];
  env.data.rules.forEach((r, i) => {
    const p = RuleSchema.safeParse(r);
    if (p.success) rules.push(p.data);
    else problems.push(`rule ${(r as { id?: unknown } | null)?.id ?? `#${i}`}: ${issues(p.error)}`);
  });
  const benchmarks: Benchmark[] = [];
  env.data.benchmarks.forEach((b, i) => {
    const p = BenchmarkSchema.safeParse(b);
    if (p.success) benchmarks.push(p.data);
    else problems.push(`benchmark #${i}: ${issues(p.error)}`);
  });
  if (problems.length) throw new FeedInvalidError(problems);
  const feed: FeedData = { ...env.data, format: FEED_FORMAT, rules, benchmarks };
  try {
    return { feed, compiled: compileRuleSet(rules, { benchmarks, feedVersion: feed.version }) };
  } catch (e) {
    throw new FeedInvalidError([(e as Error).message]);
  }
}

/** Compiles rule data that the background has already validated (content script, popup). */
export function compileFeedData(feed: FeedData): CompiledRuleSet {
  return compileRuleSet(feed.rules, { benchmarks: feed.benchmarks, feedVersion: feed.version });
}
