import { useEffect, useState } from 'preact/hooks';
import type { HistoryRow } from '../../db';
import { LevelText } from '../LevelText';
import type { OptionsApi } from './api';

/** The checked-postings list for caseworkers (only when history is on). Titles are page text: rendered as text. */
export function HistorySection({ api, enabled }: { api: OptionsApi; enabled: boolean }) {
  const [rows, setRows] = useState<HistoryRow[]>([]);
  useEffect(() => {
    api.history(200).then(setRows, () => setRows([]));
  }, [api, enabled]);
  if (!enabled && rows.length === 0) return null;
  return (
    <section aria-labelledby="hist-h">
      <h2 id="hist-h">Checked postings</h2>
      {rows.length === 0 ? (
        <p class="rr-muted">Nothing yet.</p>
      ) : (
        <table class="rr-history">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Level</th>
              <th scope="col">Posting</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.date.slice(0, 16).replace('T', ' ')}</td>
                <td>
                  <LevelText level={r.level} />
                </td>
                <td dir="auto">
                  {r.title}
                  <div class="rr-muted" dir="ltr">
                    {r.url}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        class="rr-btn rr-secondary"
        disabled={rows.length === 0}
        onClick={async () => {
          await api.clearHistory();
          setRows([]);
        }}
      >
        Clear history
      </button>
    </section>
  );
}
