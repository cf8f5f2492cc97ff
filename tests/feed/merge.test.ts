import { describe, expect, it } from 'vitest';
import { mergeFeeds, type Subscribed } from '../../lib/feed/merge';
import { FeedSchema, type Feed, type FeedInput } from '../../lib/feed/schema';
import { feed, rule } from './fixtures';

const make = (publisher: string, overrides: Partial<FeedInput> = {}): Feed =>
  FeedSchema.parse(feed({ publisher: { id: publisher, name: publisher }, ...overrides }));
const res = feed().resources[0]!;
const bench = feed().benchmarks[0]!;

describe('mergeFeeds', () => {
  const baseline = make('baseline', {
    rules: [rule('fee-demanded', { title: 'baseline fee' }), rule('chat-only'), rule('passport-kept')],
    resources: [res, { ...res, country: 'PH', organisation: 'DMW' }],
    benchmarks: [bench, { ...bench, country: 'PH', currency: 'PHP', period: 'day', amount: 600 }],
  });
  const ngo = make('national-ngo', {
    rules: [rule('fee-demanded', { title: 'ngo fee' }), rule('ngo-only')],
    disables: ['chat-only'],
    resources: [{ ...res, organisation: 'test HELPLINE', phone: ['0800 111'] }],
    benchmarks: [{ ...bench, amount: 12 }],
  });

  it('the higher-priority feed wins rule-id collisions and records the shadowed rule', () => {
    const m = mergeFeeds([{ feed: baseline, priority: 0 }, { feed: ngo, priority: 10 }]);
    expect(m.rules.find((r) => r.id === 'fee-demanded')!.title).toBe('ngo fee');
    expect(m.ruleOrigin.get('fee-demanded')).toBe('national-ngo');
    expect(m.shadowed).toEqual([{ ruleId: 'fee-demanded', publisher: 'baseline', by: 'national-ngo' }]);
  });

  it('disables switch off lower-priority rules by id, and rules come out sorted by id', () => {
    const m = mergeFeeds([{ feed: baseline, priority: 0 }, { feed: ngo, priority: 10 }]);
    expect(m.rules.map((r) => r.id)).toEqual(['fee-demanded', 'ngo-only', 'passport-kept']);
    expect(m.disabled).toEqual([{ ruleId: 'chat-only', publisher: 'baseline', by: 'national-ngo' }]);
  });

  it('a lower-priority feed cannot disable a higher-priority feed\'s rule', () => {
    const m = mergeFeeds([{ feed: baseline, priority: 10 }, { feed: ngo, priority: 0 }]);
    expect(m.rules.map((r) => r.id)).toContain('chat-only');
    expect(m.rules.find((r) => r.id === 'fee-demanded')!.title).toBe('baseline fee');
  });

  it('a feed never disables its own rule', () => {
    const self = make('self', { rules: [rule('own')], disables: ['own'] });
    expect(mergeFeeds([{ feed: self, priority: 1 }]).rules.map((r) => r.id)).toEqual(['own']);
  });

  it('unions resources and benchmarks, the higher-priority row winning on the same key', () => {
    const m = mergeFeeds([{ feed: baseline, priority: 0 }, { feed: ngo, priority: 10 }]);
    expect(m.resources).toHaveLength(2);
    expect(m.resources.find((r) => r.country === 'GB')!.phone).toEqual(['0800 111']);
    expect(m.benchmarks).toHaveLength(2);
    expect(m.benchmarks.find((b) => b.country === 'GB')!.amount).toBe(12);
  });

  it('does not depend on the order subscriptions are listed in; ties go by publisher id', () => {
    const subs: Subscribed[] = [{ feed: baseline, priority: 5 }, { feed: ngo, priority: 5 }];
    const a = mergeFeeds(subs);
    const b = mergeFeeds([...subs].reverse());
    expect(b).toEqual(a);
    // "baseline" < "national-ngo": baseline comes first on a tie.
    expect(a.ruleOrigin.get('fee-demanded')).toBe('baseline');
  });

  it('merges nothing into nothing', () => {
    expect(mergeFeeds([])).toMatchObject({ rules: [], resources: [], benchmarks: [], shadowed: [], disabled: [] });
  });
});
