import { mergeFeeds as mergeByPriority } from '../feed/merge';
import type { Feed } from '../feed/schema';
import type { FeedRow } from './db';

/** What the background screens with: the merged rules plus where they came from. */
export interface ActiveRules {
  data: Pick<Feed, 'rules' | 'resources' | 'benchmarks' | 'version'>;
  feeds: Omit<FeedRow, 'json'>[];
}

/**
 * Merges every installed feed with lib/feed's deterministic policy (priority, then publisher,
 * then version; the first feed to supply a rule id owns it; `disables` only reaches lower
 * feeds). The priority is stored with each row when the feed is installed.
 */
export function mergeFeeds(rows: FeedRow[]): ActiveRules | undefined {
  if (rows.length === 0) return undefined;
  const feeds = rows.map((r) => ({ feed: JSON.parse(r.json) as Feed, priority: r.priority }));
  const merged = mergeByPriority(feeds);
  return {
    data: { rules: merged.rules, resources: merged.resources, benchmarks: merged.benchmarks, version: Math.max(...feeds.map((f) => f.feed.version)) },
    feeds: [...rows].sort((a, b) => b.priority - a.priority || a.subscriptionId.localeCompare(b.subscriptionId)).map(({ json: _json, ...meta }) => meta),
  };
}
