import { useEffect, useState } from 'preact/hooks';
import type { FeedStatusInfo, PagesApi } from './api';

const day = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : new Date(iso).toISOString().slice(0, 10));

function mergeNote(s: FeedStatusInfo): string {
  const parts = [s.shadowed ? `${s.shadowed} replaced by a higher-priority feed` : '', s.disabled ? `${s.disabled} switched off by a feed` : ''].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * Which rules protect the user: the merged set (how many rules, from which feeds), each feed's
 * publisher, version, size and date, and a warning when one is out of date.
 */
export function FeedStatus({ api }: { api: Pick<PagesApi, 'feedStatus'> }) {
  const [status, setStatus] = useState<FeedStatusInfo | null>();
  useEffect(() => {
    api.feedStatus().then(setStatus, () => setStatus(null));
  }, [api]);
  const feeds = status?.feeds ?? [];
  return (
    <section aria-labelledby="feed-h">
      <h2 id="feed-h">Rules</h2>
      {status === undefined && <p class="rr-muted">Loading…</p>}
      {status === null && <p class="rr-error">The rules could not be loaded.</p>}
      {status && feeds.length === 0 && <p class="rr-error">No rules installed.</p>}
      {status && feeds.length > 1 && <p>{`${status.ruleCount} rules in use from ${feeds.length} feeds${mergeNote(status)}.`}</p>}
      {feeds.map((f) => (
        <p key={f.subscriptionId} class="rr-muted" data-subscription={f.subscriptionId}>
          {`${f.publisher.name}: version ${f.version}, ${f.ruleCount === 1 ? '1 rule' : `${f.ruleCount} rules`}, published ${day(f.publishedAt)}`}
          {f.expired && <strong class="rr-error">{' · Out of date: no newer rules have been published. These are still used.'}</strong>}
        </p>
      ))}
    </section>
  );
}
