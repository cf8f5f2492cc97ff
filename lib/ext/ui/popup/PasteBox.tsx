import { useEffect, useState } from 'preact/hooks';
import { MAX_TEXT_CHARS } from '../../messaging';
import type { ScreenReply } from '../../screen-client';
import { VerdictPanel } from '../VerdictPanel';
import type { PagesApi } from './api';

/** Paste a job offer from anywhere (a chat, an e-mail, a photo's text) and check it here, on the device. */
export function PasteBox({ api, locale }: { api: Pick<PagesApi, 'screenText'>; locale: string }) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<ScreenReply>();
  const [error, setError] = useState(false);
  const verdict = result?.verdicts[0];
  // Move focus to the result so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (result) document.getElementById('paste-result-h')?.focus();
  }, [result]);
  const check = () => {
    if (!text.trim()) return;
    setError(false);
    api.screenText(text.slice(0, MAX_TEXT_CHARS), locale).then(setResult, () => setError(true));
  };
  return (
    <section aria-labelledby="paste-h">
      <h2 id="paste-h">Check a job offer</h2>
      <label for="paste">Paste the text of the offer or message:</label>
      <textarea id="paste" dir="auto" value={text} maxLength={MAX_TEXT_CHARS} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <button type="button" class="rr-btn" onClick={check} disabled={!text.trim()}>
        Check text
      </button>
      {error && (
        <p class="rr-error" role="alert">
          The text could not be checked. Please try again.
        </p>
      )}
      {verdict && <VerdictPanel verdict={verdict} resources={result?.resources ?? []} headingId="paste-result-h" />}
    </section>
  );
}
