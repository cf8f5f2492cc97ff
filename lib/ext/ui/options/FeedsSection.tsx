import { useEffect, useState } from 'preact/hooks';
import type { SubscriptionInfo } from '../../background/feed-status';
import { AddFeedForm } from './AddFeedForm';
import type { FeedsApi } from './api';
import { describeUpdate } from './feed-text';
import { FeedItem } from './FeedItem';

/**
 * "Rule feeds": the rules that come with Recruit Radar plus any feed the user added (a national
 * NGO's, a union's), each with its version, last check and buttons. Where several feeds have a
 * rule with the same id, the added feed's wins (docs/feeds.md, "Several feeds").
 */
export function FeedsSection({ api }: { api: FeedsApi }) {
  const [subs, setSubs] = useState<SubscriptionInfo[] | null>();
  const [busy, setBusy] = useState<string>();
  const [status, setStatus] = useState('');
  const reload = () => api.feeds().then(setSubs, () => setSubs(null));
  useEffect(() => {
    void reload();
  }, [api]);

  const act = async (id: string, run: () => Promise<string>) => {
    setBusy(id);
    try {
      setStatus(await run());
    } catch {
      setStatus('That did not work. Please try again.');
    } finally {
      setBusy(undefined);
      await reload();
    }
  };
  const update = (id: string) => act(id, async () => describeUpdate(await api.updateFeed(id)));
  const remove = (id: string) => act(id, async () => ((await api.removeFeed(id)).message ?? 'Feed removed.'));

  return (
    <section aria-labelledby="feeds-h">
      <h2 id="feeds-h">Rule feeds</h2>
      <p class="rr-muted">
        The warning signs come from signed rule feeds. Each feed is checked against its publisher's key before it is used; a feed that fails a check is
        refused and the rules already installed stay in use.
      </p>
      <p role="status" class="rr-status" id="feeds-status">
        {status}
      </p>
      {subs === undefined && <p class="rr-muted">Loading…</p>}
      {subs === null && <p class="rr-error">The feeds could not be read.</p>}
      {subs && (
        <ul class="rr-feeds">
          {subs.map((s) => (
            <FeedItem key={s.id} sub={s} busy={busy === s.id} onUpdate={() => void update(s.id)} onRemove={() => void remove(s.id)} />
          ))}
        </ul>
      )}
      <AddFeedForm
        api={api}
        onAdded={(r) => {
          setStatus(`Feed added. ${describeUpdate(r.update)}`);
          void reload();
        }}
      />
    </section>
  );
}
