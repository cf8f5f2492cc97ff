import { reject, type FeedRejection } from '../codes';
import type { Feed } from '../schema';

/** Clocks drift and time zones confuse: allow a publish date up to a day ahead of ours. */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/** Versions only go up: an older or equal version is a replay or a rollback attack (or a stale mirror). */
export function checkVersion(feed: Feed, installedVersion: number | undefined): FeedRejection | null {
  if (installedVersion === undefined) return null;
  if (feed.version < installedVersion) return reject('rollback', `feed version ${feed.version} is older than the installed version ${installedVersion}`);
  if (feed.version === installedVersion) return reject('same-version', `feed version ${feed.version} is already installed`);
  return null;
}

export function checkDates(feed: Feed, now: Date): FeedRejection | null {
  const published = Date.parse(feed.publishedAt);
  const expires = Date.parse(feed.expiresAt);
  if (published > now.getTime() + MAX_CLOCK_SKEW_MS) {
    return reject('future-publish', `the feed says it was published at ${feed.publishedAt}, more than a day in the future (check the clock)`);
  }
  if (expires <= published) return reject('bad-dates', `expiresAt (${feed.expiresAt}) is not after publishedAt (${feed.publishedAt})`);
  if (isExpired(feed, now)) return reject('expired', `the feed expired at ${feed.expiresAt}; the publisher has not released a newer one`);
  return null;
}

/**
 * For the feed already installed: past its expiry the client keeps using it and warns (a
 * freeze, not a blackout: the user is never left without rules). A new feed that is already
 * expired is refused instead (checkDates), since accepting it would only reset the warning.
 */
export function isExpired(feed: Pick<Feed, 'expiresAt'>, now: Date): boolean {
  return Date.parse(feed.expiresAt) <= now.getTime();
}
