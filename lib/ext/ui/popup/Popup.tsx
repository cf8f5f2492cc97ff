import { useEffect, useState } from 'preact/hooks';
import type { PageResults } from '../../results';
import { countLevels } from '../../results';
import { ItemList } from '../ItemList';
import { LEVEL_TEXT, UI_DIR, UI_LANG } from '../strings';
import type { PagesApi } from './api';
import { FeedStatus } from './FeedStatus';
import { PasteBox } from './PasteBox';

function summary(r: PageResults): string {
  const c = countLevels(r.items);
  const parts = (['high', 'medium', 'low', 'none'] as const).filter((l) => c[l] > 0).map((l) => `${c[l]} ${LEVEL_TEXT[l].word.toLowerCase()}`);
  const n = r.items.length + r.more;
  return `${n === 1 ? '1 posting checked' : `${n} postings checked`}: ${parts.join(', ')}${r.more ? ` (the ${r.items.length} riskiest are listed)` : ''}.`;
}

/** The toolbar popup: this tab's results, "Check this page", the paste box and the rules' status. */
export function Popup({ api }: { api: PagesApi }) {
  const [tabId, setTabId] = useState<number>();
  const [results, setResults] = useState<PageResults | null>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [locale, setLocale] = useState('en');

  useEffect(() => {
    api.activeTabId().then(async (id) => {
      setTabId(id);
      setResults(id === undefined ? null : await api.getResults(id));
    }, () => setResults(null));
    api.locale().then(setLocale, () => undefined);
  }, [api]);

  const checkPage = async () => {
    if (tabId === undefined) return;
    setBusy(true);
    setError(undefined);
    try {
      setResults(await api.checkTab(tabId));
    } catch {
      setError('This page cannot be checked (browser pages and extension stores are closed to extensions).');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="rr-page rr-popup rr-root" lang={UI_LANG} dir={UI_DIR} data-locale={locale}>
      <h1>Recruit Radar</h1>
      <section aria-labelledby="tab-h">
        <h2 id="tab-h">This page</h2>
        <div role="status">
          {results === undefined && <p class="rr-muted">Loading…</p>}
          {(results === null || (results && !results.active && results.items.length === 0)) && <p>This page has not been checked.</p>}
          {results?.active && results.items.length === 0 && <p>No job posting found on this page.</p>}
          {results && results.items.length > 0 && <p>{summary(results)}</p>}
        </div>
        {results && results.items.length > 0 && <ItemList items={results.items} resources={results.resources ?? []} />}
        <button type="button" class="rr-btn" onClick={checkPage} disabled={busy || tabId === undefined}>
          {busy ? 'Checking…' : 'Check this page'}
        </button>
        {error && <p class="rr-error" role="alert">{error}</p>}
      </section>
      <PasteBox api={api} locale={locale} />
      <FeedStatus api={api} />
      <button type="button" class="rr-btn rr-secondary" onClick={() => api.openOptions()}>
        Settings
      </button>
    </main>
  );
}
