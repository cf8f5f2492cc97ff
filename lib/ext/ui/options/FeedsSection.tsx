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
  const [status, setStatus] = useState<{ text: string; error?: boolean }>({ text: '' });
  const reload = () => api.feeds().then(setSubs, () => setSubs(null));
  useEffect(() => {
    void reload();
  }, [api]);

  const act = async (id: string, run: () => Promise<{ text: string; error?: boolean }>) => {
    setBusy(id);
    try {
      setStatus(await run());
    } catch {
      setStatus({ text: 'That did not work. Please try again.', error: true });
    } finally {
      setBusy(undefined);
      await reload();
    }
  };
  const update = (id: string) =>
    act(id, async () => {
      const r = await api.updateFeed(id);
      return { text: describeUpdate(r), error: !r.ok };
    });
  const remove = (id: string) =>
    act(id, async () => {
      const r = await api.removeFeed(id);
      return { text: r.message ?? 'Feed removed.', error: !r.ok };
    });

  return (
    <section aria-labelledby="feeds-h">
      <h2 id="feeds-h">Rule feeds</h2>
      <p class="rr-muted">
        The warning signs come from signed rule feeds. Each feed is checked against its publisher's key before it is used; a feed that fails a check is
        refused and the rules already installed stay in use.
      </p>
      <p role="status" class={status.error ? 'rr-status rr-error' : 'rr-status'} id="feeds-status">
        {status.text}
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
          setStatus({ text: `Feed added. ${describeUpdate(r.update)}`, error: !r.update.ok });
          void reload();
        }}
      />
    </section>
  );
}
