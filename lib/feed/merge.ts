import type { Benchmark } from '../engine/benchmark';
import type { Rule } from '../rules/schema';
import { benchmarkKey, resourceKey } from './keys';
import type { Feed, Resource } from './schema';

export interface Subscribed {
  feed: Feed;
  /** Higher wins. The user (or the bundled defaults) sets it per subscription. */
  priority: number;
}

export interface MergeNote {
  ruleId: string;
  /** Publisher whose rule was dropped. */
  publisher: string;
  /** Publisher whose rule or `disables` entry won. */
  by: string;
}

export interface MergedFeeds {
  /** Sorted by rule id. */
  rules: Rule[];
  /** Rule id → publisher id of the feed the rule came from. */
  ruleOrigin: Map<string, string>;
  resources: Resource[];
  benchmarks: Benchmark[];
  /** Rules hidden by a higher-priority feed's rule with the same id. */
  shadowed: MergeNote[];
  /** Rules switched off by a higher-priority feed's `disables`. */
  disabled: MergeNote[];
}

/**
 * Merges accepted feeds deterministically (docs/feeds.md, "Several feeds"):
 *
 * 1. Feeds are ordered by priority, highest first; ties by publisher id, then by higher version,
 *    so the result never depends on the order subscriptions were added.
 * 2. Rules: walking that order, the first feed to supply a rule id owns it; later (lower) feeds'
 *    rules with that id are shadowed.
 * 3. `disables`: a feed's list switches off that id in every feed after it in the order (lower
 *    priority), never in itself or in a feed above it, so a low-priority subscription cannot
 *    silence a trusted one.
 * 4. Resources (key: country, kind, organisation) and benchmarks (key: country, currency, period,
 *    kind) are unioned; on a key collision the row from the earlier (higher) feed wins.
 */
export function mergeFeeds(subscriptions: readonly Subscribed[]): MergedFeeds {
  const ordered = [...subscriptions].sort(
    (a, b) =>
      b.priority - a.priority ||
      (a.feed.publisher.id < b.feed.publisher.id ? -1 : a.feed.publisher.id > b.feed.publisher.id ? 1 : 0) ||
      b.feed.version - a.feed.version,
  );
  const rules = new Map<string, Rule>();
  const ruleOrigin = new Map<string, string>();
  const disabledBy = new Map<string, string>();
  const resources = new Map<string, Resource>();
  const benchmarks = new Map<string, Benchmark>();
  const shadowed: MergeNote[] = [];
  const disabled: MergeNote[] = [];

  for (const { feed } of ordered) {
    const publisher = feed.publisher.id;
    for (const rule of feed.rules) {
      const owner = ruleOrigin.get(rule.id);
      const offBy = disabledBy.get(rule.id);
      if (owner !== undefined) shadowed.push({ ruleId: rule.id, publisher, by: owner });
      else if (offBy !== undefined) disabled.push({ ruleId: rule.id, publisher, by: offBy });
      else {
        rules.set(rule.id, rule);
        ruleOrigin.set(rule.id, publisher);
      }
    }
    // Applied after this feed's own rules: a feed never disables itself.
    for (const id of feed.disables ?? []) if (!disabledBy.has(id)) disabledBy.set(id, publisher);
    for (const r of feed.resources) if (!resources.has(resourceKey(r))) resources.set(resourceKey(r), r);
    for (const b of feed.benchmarks) if (!benchmarks.has(benchmarkKey(b))) benchmarks.set(benchmarkKey(b), b);
  }

  const sortedRules = Array.from(rules.values()).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rules: sortedRules, ruleOrigin, resources: Array.from(resources.values()), benchmarks: Array.from(benchmarks.values()), shadowed, disabled };
}
