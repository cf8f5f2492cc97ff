import { useEffect, useState } from 'preact/hooks';
import type { FeedStatusInfo, PagesApi } from './api';

const day = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : new Date(iso).toISOString().slice(0, 10));

/** Which rules protect the user: publisher, version, number of rules, date; and a warning when out of date. */
export function FeedStatus({ api }: { api: Pick<PagesApi, 'feedStatus'> }) {
  const [status, setStatus] = useState<FeedStatusInfo | null>();
  useEffect(() => {
    api.feedStatus().then(setStatus, () => setStatus(null));
  }, [api]);
  return (
    <section aria-labelledby="feed-h">
      <h2 id="feed-h">Rules</h2>
      {status === undefined && <p class="rr-muted">Loading…</p>}
      {status === null && <p class="rr-error">The rules could not be loaded.</p>}
      {status && status.feeds.length === 0 && <p class="rr-error">No rules installed.</p>}
      {status?.feeds.map((f) => (
        <p key={f.subscriptionId} class="rr-muted">
          {`${f.publisher.name}: version ${f.version}, ${f.ruleCount} rules, published ${day(f.publishedAt)}`}
          {f.expired && <strong class="rr-error">{' · Out of date: these rules are old, update the extension.'}</strong>}
        </p>
      ))}
    </section>
  );
}
