import { useState } from 'preact/hooks';
import type { SubscriptionInfo } from '../../background/feed-status';
import { describeRefusal, rules, shortDate, shortTime } from './feed-text';

/** Within this time before expiry the list says so, so a helper can chase the publisher. */
const SOON_MS = 7 * 86_400_000;

function Expiry({ feed }: { feed: NonNullable<SubscriptionInfo['feed']> }) {
  if (feed.expired) {
    return <p class="rr-error">{`Out of date since ${shortDate(feed.expiresAt)}: no newer version has been published. These rules are still used.`}</p>;
  }
  if (Date.parse(feed.expiresAt) - Date.now() < SOON_MS) return <p class="rr-error">{`Expires on ${shortDate(feed.expiresAt)}.`}</p>;
  return null;
}

function LastCheck({ check }: { check: NonNullable<SubscriptionInfo['lastCheck']> }) {
  if (check.ok) return <p class="rr-muted">{`Last check: ${shortTime(check.at)}, OK.`}</p>;
  return (
    <p class="rr-error" data-code={check.code}>
      {`Last check: ${shortTime(check.at)}, refused. ${describeRefusal(check.code)}`}
      {check.reason && <span class="rr-muted" dir="auto">{` (${check.reason})`}</span>}
    </p>
  );
}

export interface FeedItemProps {
  sub: SubscriptionInfo;
  busy: boolean;
  onUpdate(): void;
  onRemove(): void;
}

/** One subscription: who publishes it, what is installed, how the last check went, and its buttons. */
export function FeedItem({ sub, busy, onUpdate, onRemove }: FeedItemProps) {
  const [confirming, setConfirming] = useState(false);
  const name = sub.feed?.publisher.name ?? (sub.url ? new URL(sub.url).hostname : sub.id);
  return (
    <li class="rr-feed" data-subscription={sub.id}>
      <h3 dir="auto">{name}</h3>
      {sub.baseline ? (
        <p class="rr-muted">Comes with Recruit Radar and is updated with it.</p>
      ) : (
        <p class="rr-muted" dir="ltr">
          {sub.url}
        </p>
      )}
      {sub.feed ? (
        <p>{`Version ${sub.feed.version}, published ${shortDate(sub.feed.publishedAt)}, ${rules(sub.feed.ruleCount)}.`}</p>
      ) : (
        <p>No version installed yet.</p>
      )}
      {sub.feed && <Expiry feed={sub.feed} />}
      {sub.lastCheck && !(sub.baseline && sub.lastCheck.ok) && <LastCheck check={sub.lastCheck} />}
      {sub.nextCheck && <p class="rr-muted">{`Next check: ${shortTime(sub.nextCheck)}.`}</p>}
      {!sub.baseline && (
        <div class="rr-actions">
          <button type="button" class="rr-btn" disabled={busy || sub.updating} onClick={onUpdate}>
            {busy || sub.updating ? 'Checking…' : 'Update now'}
          </button>
          <button
            type="button"
            class="rr-btn rr-secondary"
            disabled={busy}
            onClick={() => {
              if (!confirming) return setConfirming(true);
              setConfirming(false);
              onRemove();
            }}
          >
            {confirming ? `Press again to remove ${name}` : 'Remove'}
          </button>
        </div>
      )}
    </li>
  );
}
