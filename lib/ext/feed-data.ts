import { z } from 'zod';
import { compileRuleSet, type CompiledRuleSet } from '../engine/index';
import { checkDuplicates } from '../feed/checks/envelope';
import { FeedSchema, type Feed } from '../feed/schema';

/**
 * A feed as the extension stores and serves it: exactly lib/feed's `Feed` (rules, help lines,
 * benchmarks, all validated by its schema). Validation is total: one bad rule or row rejects
 * the whole feed, so a half-valid feed never replaces a good one. Signature, size and date checks
 * are lib/feed's (verifyFeed); this is the last gate before anything is stored.
 */
export type FeedData = Feed;

export class FeedInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`feed rejected: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`);
  }
}

const issues = (e: z.ZodError) => e.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);

/** Validates and compiles a feed; throws FeedInvalidError listing the problems found. */
export function validateFeed(input: unknown): { feed: FeedData; compiled: CompiledRuleSet } {
  const parsed = FeedSchema.safeParse(input);
  if (!parsed.success) throw new FeedInvalidError(issues(parsed.error));
  const feed = parsed.data;
  const dup = checkDuplicates(feed);
  if (dup) throw new FeedInvalidError([dup.reason]);
  try {
    return { feed, compiled: compileFeedData(feed) };
  } catch (e) {
    throw new FeedInvalidError([(e as Error).message]);
  }
}

/** Compiles rule data that has already been validated (the background, once per worker start). */
export function compileFeedData(feed: Pick<FeedData, 'rules' | 'benchmarks' | 'version'>): CompiledRuleSet {
  return compileRuleSet(feed.rules, { benchmarks: feed.benchmarks, feedVersion: feed.version });
}
