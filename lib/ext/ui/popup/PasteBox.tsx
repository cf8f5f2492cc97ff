import { useEffect, useState } from 'preact/hooks';
import { screen, type Verdict } from '../../../engine/index';
import { MAX_TEXT_CHARS } from '../../messaging';
import { resourcesFor } from '../../resources';
import type { LoadedRules } from '../../rules-client';
import { VerdictPanel } from '../VerdictPanel';

/** Paste a job offer from anywhere (a chat, an e-mail, a photo's text) and check it here, on the device. */
export function PasteBox({ rules, locale }: { rules?: LoadedRules; locale: string }) {
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<Verdict>();
  // Move focus to the result so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (verdict) document.getElementById('paste-result-h')?.focus();
  }, [verdict]);
  const check = () => {
    if (!rules || !text.trim()) return;
    setVerdict(screen({ description: text.slice(0, MAX_TEXT_CHARS) }, rules.compiled, { locale }));
  };
  return (
    <section aria-labelledby="paste-h">
      <h2 id="paste-h">Check a job offer</h2>
      <label for="paste">Paste the text of the offer or message:</label>
      <textarea id="paste" dir="auto" value={text} maxLength={MAX_TEXT_CHARS} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <button type="button" class="rr-btn" onClick={check} disabled={!rules || !text.trim()}>
        Check text
      </button>
      {verdict && <VerdictPanel verdict={verdict} resources={resourcesFor(verdict.countries, rules?.data.resources ?? [])} headingId="paste-result-h" />}
    </section>
  );
}
