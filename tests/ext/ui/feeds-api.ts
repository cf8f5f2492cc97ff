import { vi } from 'vitest';
import type { SubscriptionInfo } from '../../../lib/ext/background/feed-status';
import type { FeedsApi } from '../../../lib/ext/ui/options/api';

export const BASELINE: SubscriptionInfo = {
  id: 'recruit-radar-baseline', baseline: true, priority: 0, enabled: true, updating: false,
  feed: { publisher: { id: 'recruit-radar-baseline', name: 'Recruit Radar baseline' }, version: 7, publishedAt: '2026-01-01T00:00:00Z', expiresAt: '2099-01-01T00:00:00Z', expired: false, ruleCount: 12, installedAt: '2026-01-02T00:00:00Z' },
};

export const NGO: SubscriptionInfo = {
  id: 'feed-ngo-example-abc', url: 'https://ngo.example/feed.json', baseline: false, priority: 10, enabled: true, updating: false,
  feed: { publisher: { id: 'ngo', name: 'Workers NGO' }, version: 41, publishedAt: '2026-05-01T00:00:00Z', expiresAt: '2020-06-01T00:00:00Z', expired: true, ruleCount: 3, installedAt: '2026-05-02T00:00:00Z' },
  lastCheck: { at: '2026-06-01T10:00:00Z', ok: false, code: 'bad-signature', reason: 'the signature does not match the feed' },
  nextCheck: '2026-06-01T11:00:00Z',
};

/** The options page's feed calls, faked; `subs` is what the background would list. */
export function fakeFeedsApi(subs: SubscriptionInfo[] = [BASELINE]): FeedsApi {
  return {
    feeds: vi.fn(async () => subs),
    requestHost: vi.fn(async () => true),
    addFeed: vi.fn(async () => ({ ok: true as const, id: 'feed-new', update: { ok: true, kind: 'installed' as const, version: 5 } })),
    removeFeed: vi.fn(async () => ({ ok: true })),
    updateFeed: vi.fn(async () => ({ ok: true, kind: 'installed' as const, version: 42 })),
  };
}
