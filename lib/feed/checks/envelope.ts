import type { z } from 'zod';
import { reject, type FeedRejection } from '../codes';
import { benchmarkKey, resourceKey } from '../keys';
import { FeedSchema, KNOWN_FORMATS, type Feed } from '../schema';

/** The format number is checked before the schema so an old client says "unknown format N", not a list of schema errors. */
export function checkFormat(value: unknown): FeedRejection | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return reject('schema', 'the feed is not a JSON object');
  const format = (value as { format?: unknown }).format;
  if (typeof format !== 'number') return reject('unknown-format', 'the feed has no numeric "format"');
  if (!(KNOWN_FORMATS as readonly number[]).includes(format)) {
    return reject('unknown-format', `feed format ${format} is not known to this version of Recruit Radar (it knows ${KNOWN_FORMATS.join(', ')}); update the extension`);
  }
  return null;
}

function describePath(path: readonly PropertyKey[], value: unknown): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  // Name the rule, since maintainers know rules by id, not by position.
  if (path[0] === 'rules' && typeof path[1] === 'number') {
    const id = (value as { rules?: { id?: unknown }[] }).rules?.[path[1]]?.id;
    if (typeof id === 'string') out += ` (rule "${id.slice(0, 100)}")`;
  }
  return out || '(root)';
}

export function checkSchema(value: unknown): { feed: Feed } | FeedRejection {
  const parsed = FeedSchema.safeParse(value);
  if (parsed.success) return { feed: parsed.data };
  const issues: z.core.$ZodIssue[] = parsed.error.issues;
  const shown = issues.slice(0, 3).map((i) => `${describePath(i.path, value)}: ${i.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : '';
  return reject('schema', `the feed does not match the feed format: ${shown.join('; ')}${more}`);
}

function firstDuplicate<T>(items: readonly T[], key: (t: T) => string): { item: T; index: number } | null {
  const seen = new Set<string>();
  for (let index = 0; index < items.length; index++) {
    const k = key(items[index]!);
    if (seen.has(k)) return { item: items[index]!, index };
    seen.add(k);
  }
  return null;
}

/** Inside one feed an id or a key names one thing; merging across feeds relies on it. */
export function checkDuplicates(feed: Feed): FeedRejection | null {
  const rule = firstDuplicate(feed.rules, (r) => r.id);
  if (rule) return reject('duplicate-rule', `rule id "${rule.item.id}" appears more than once`);
  const res = firstDuplicate(feed.resources, resourceKey);
  if (res) return reject('duplicate-resource', `resources[${res.index}] repeats ${res.item.country} ${res.item.kind} "${res.item.organisation}"`);
  const bench = firstDuplicate(feed.benchmarks, benchmarkKey);
  if (bench) {
    const b = bench.item;
    return reject('duplicate-benchmark', `benchmarks[${bench.index}] repeats ${b.country} ${b.currency} per ${b.period} ${b.kind}`);
  }
  return null;
}
