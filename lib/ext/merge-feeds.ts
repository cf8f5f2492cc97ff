import type { FeedRow } from './db';
import { FEED_FORMAT, type FeedData } from './feed-data';

/** What the background serves to content scripts and pages: the merged rules plus where they came from. */
export interface ActiveRules {
  data: FeedData;
  feeds: Omit<FeedRow, 'json'>[];
}

export const BUNDLED_SUBSCRIPTION = 'bundled';

/**
 * Merges every installed feed into one rule set, deterministically: the bundled baseline first,
 * then the other subscriptions sorted by id; a rule id seen again replaces the earlier rule (so a
 * subscription can update or deprecate a baseline rule); resources and benchmarks are unioned.
 * Provisional: the feed work may refine the policy; callers only rely on "same rows, same result".
 */
export function mergeFeeds(rows: FeedRow[]): ActiveRules | undefined {
  if (rows.length === 0) return undefined;
  const ordered = [...rows].sort((a, b) =>
    a.subscriptionId === BUNDLED_SUBSCRIPTION ? -1 : b.subscriptionId === BUNDLED_SUBSCRIPTION ? 1 : a.subscriptionId.localeCompare(b.subscriptionId),
  );
  const parsed = ordered.map((r) => JSON.parse(r.json) as FeedData);
  if (parsed.length === 1) return { data: parsed[0]!, feeds: ordered.map(meta) };
  const rules = new Map<string, FeedData['rules'][number]>();
  const resources = new Map<string, unknown>();
  const benchmarks = new Map<string, FeedData['benchmarks'][number]>();
  for (const f of parsed) {
    for (const r of f.rules) {
      rules.delete(r.id); // re-insert so the order follows the feed that supplied the rule last
      rules.set(r.id, r);
    }
    for (const r of f.resources) resources.set(JSON.stringify(r), r);
    for (const b of f.benchmarks) benchmarks.set(JSON.stringify(b), b);
  }
  const last = parsed[parsed.length - 1]!;
  const data: FeedData = {
    format: FEED_FORMAT,
    version: Math.max(...parsed.map((f) => f.version)),
    publishedAt: parsed.map((f) => f.publishedAt).sort().at(-1)!,
    expiresAt: parsed.map((f) => f.expiresAt).sort()[0]!,
    publisher: last.publisher,
    rules: [...rules.values()],
    resources: [...resources.values()],
    benchmarks: [...benchmarks.values()],
  };
  return { data, feeds: ordered.map(meta) };
}

function meta({ json: _json, ...rest }: FeedRow): Omit<FeedRow, 'json'> {
  return rest;
}
