import { useEffect, useState } from 'preact/hooks';
import type { Level } from '../../../engine/index';
import type { Settings } from '../../settings';
import { LEVEL_TEXT, UI_DIR, UI_LANG } from '../strings';
import type { OptionsApi } from './api';
import { FeedsSection } from './FeedsSection';
import { HistorySection } from './HistorySection';
import { LOCALES } from './locales';
import { SitesField } from './SitesField';

const SENSITIVITY: [Level, string][] = [
  ['none', 'Every checked posting (also those with no warning signs)'],
  ['low', `${LEVEL_TEXT.low.word} and above`],
  ['medium', `${LEVEL_TEXT.medium.word} and above`],
  ['high', `${LEVEL_TEXT.high.word} only`],
];

/** The options page. Every change is saved at once and confirmed in a status line. */
export function Options({ api }: { api: OptionsApi }) {
  const [s, setS] = useState<Settings>();
  const [status, setStatus] = useState('');
  const [coverage, setCoverage] = useState<{ counts: Record<string, number>; total: number }>();
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    api.load().then(setS, () => setStatus('Settings could not be read.'));
    api.feedStatus().then((f) => setCoverage({ counts: f.coverage, total: f.ruleCount }), () => undefined);
  }, [api]);

  const save = async (patch: Partial<Settings>) => {
    try {
      setS(await api.save(patch));
      setStatus('Saved.');
    } catch {
      setStatus('Not saved: please check the value.');
    }
  };
  if (!s) return <main class="rr-page rr-root">{status || 'Loading…'}</main>;

  return (
    <main class="rr-page rr-root" lang={UI_LANG} dir={UI_DIR}>
      <h1>Recruit Radar settings</h1>
      <p role="status" class="rr-status">
        {status}
      </p>
      <fieldset>
        <legend>Show a badge on</legend>
        {SENSITIVITY.map(([level, label]) => (
          <label key={level}>
            <input type="radio" name="sensitivity" checked={s.minBadgeLevel === level} onChange={() => save({ minBadgeLevel: level })} /> {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Language of explanations</legend>
        <label for="locale">Language</label>
        <select id="locale" value={s.locale} onChange={(e) => save({ locale: (e.target as HTMLSelectElement).value })}>
          {LOCALES.map(([code, name]) => (
            <option key={code} value={code}>
              {coverage && code !== 'auto' ? `${name} (${coverage.counts[code] ?? 0} of ${coverage.total} rules)` : name}
            </option>
          ))}
        </select>
        <p class="rr-muted">Where a rule has no text in your language, it is shown in English.</p>
      </fieldset>
      <SitesField sites={s.sites} onSave={(sites) => save({ sites })} />
      <fieldset>
        <legend>Privacy</legend>
        <label>
          <input type="checkbox" checked={s.discreet} onChange={(e) => save({ discreet: (e.target as HTMLInputElement).checked })} /> Discreet mode: show
          nothing in web pages; see results only by clicking the Recruit Radar button
        </label>
        <label>
          <input type="checkbox" checked={s.history} onChange={(e) => save({ history: (e.target as HTMLInputElement).checked })} /> Keep a list of checked
          postings on this device (address, title, level, date)
        </label>
        <p class="rr-muted">Off by default: someone else using or inspecting this device could read the list. Useful for caseworkers.</p>
      </fieldset>
      <HistorySection api={api} enabled={s.history} />
      <FeedsSection api={api} />
      <section aria-labelledby="clear-h">
        <h2 id="clear-h">Clear all data</h2>
        <p>Deletes your settings and the list of checked postings from this device. The rules and your feeds stay.</p>
        <button
          type="button"
          class="rr-btn rr-danger"
          onClick={async () => {
            if (!confirming) return setConfirming(true);
            setConfirming(false);
            await api.clearAll();
            setS(await api.load());
            setStatus('All data cleared.');
          }}
        >
          {confirming ? 'Press again to delete everything' : 'Clear all data'}
        </button>
      </section>
    </main>
  );
}
