import type { Benchmark } from '../engine/benchmark';
import type { Resource } from './schema';

/**
 * Identity of a resource row and a benchmark row: two rows with the same key describe the same
 * thing, so a feed may hold only one of them and, across feeds, the higher-priority one wins.
 * Organisation names compare case- and space-insensitively.
 */
export function resourceKey(r: Resource): string {
  return [r.country, r.kind, r.organisation.trim().replace(/\s+/g, ' ').toLowerCase()].join('\u0000');
}

export function benchmarkKey(b: Benchmark): string {
  return [b.country, b.currency, b.period, b.kind].join('\u0000');
}
