import { useState } from 'preact/hooks';
import type { AddReply } from '../../background/feeds';
import { feedUrlProblem, originPattern, publicKeyProblem } from '../../subscriptions';
import type { FeedsApi } from './api';

/**
 * Subscribe to a feed by its address and its publisher's minisign public key. The key is pinned
 * now and never taken from the server. The browser is asked for access to the feed's host in the
 * click itself (a permission request outside a user action is refused by browsers).
 */
export function AddFeedForm({ api, onAdded }: { api: FeedsApi; onAdded(r: Extract<AddReply, { ok: true }>): void }) {
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = (e: Event) => {
    e.preventDefault();
    const problem = feedUrlProblem(url) ?? publicKeyProblem(key);
    if (problem) return setError(problem);
    setError(undefined);
    setBusy(true);
    const host = new URL(url.trim()).hostname;
    api
      .requestHost(originPattern(url.trim())) // first, still inside the click
      .then(async (granted) => {
        if (!granted) return setError(`Without access to ${host}, Recruit Radar cannot download this feed. Nothing was added.`);
        const r = await api.addFeed(url.trim(), key.trim());
        if (!r.ok) return setError(r.message);
        setUrl('');
        setKey('');
        onAdded(r);
      })
      .catch(() => setError('The feed could not be added. Please try again.'))
      .finally(() => setBusy(false));
  };

  return (
    // noValidate: our own messages say what is wrong and how to fix it, in the same words everywhere.
    <form onSubmit={submit} aria-labelledby="add-feed-h" noValidate>
      <h3 id="add-feed-h">Add a feed</h3>
      <p class="rr-muted">Only add feeds from publishers you trust, with the address and public key they announced.</p>
      <label for="feed-url">Feed address</label>
      <input id="feed-url" type="url" dir="ltr" placeholder="https://example.org/feed.json" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
      <label for="feed-key">Publisher's public key (minisign)</label>
      <textarea id="feed-key" dir="ltr" rows={2} value={key} onInput={(e) => setKey((e.target as HTMLTextAreaElement).value)} />
      {error && (
        <p class="rr-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="rr-btn" disabled={busy || !url.trim() || !key.trim()}>
        {busy ? 'Adding…' : 'Add feed'}
      </button>
    </form>
  );
}
