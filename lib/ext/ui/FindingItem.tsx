import type { Evidence } from '../../engine/document';
import type { Finding } from '../../engine/index';
import { SourceList } from './SourceList';
import { STRENGTH_TEXT, T } from './strings';
import { useState } from 'preact/hooks';

/** Words for the posting fields a rule found missing. */
const FIELD_WORDS: Record<string, string> = {
  title: 'the job title',
  company: 'the company name',
  location: 'where the work is',
  salary: 'the pay',
  contact: 'how to contact the employer',
  description: 'what the job is',
};

interface Props {
  finding: Finding;
  /** Highlights and scrolls to the evidence in the page; false when it cannot be found there. */
  onShowEvidence?: (e: Evidence) => boolean;
}

/** One warning sign: what was found (as text, never as markup), why it matters, what to do, the source. */
export function FindingItem({ finding: f, onShowEvidence }: Props) {
  const [missed, setMissed] = useState<Set<number>>(new Set());
  return (
    <li class={`rr-finding rr-${f.strength}`}>
      <h4 dir="auto">{f.title}</h4>
      <p class="rr-strength">{f.kind === 'mitigator' ? T.goodSigns : STRENGTH_TEXT[f.strength]}</p>
      {f.evidence.length > 0 && (
        <div class="rr-evidence">
          <span class="rr-label">{T.evidence}: </span>
          {f.evidence.map((e, i) => (
            <span key={i} class="rr-quote">
              <q dir="auto">
                <mark>{e.text}</mark>
              </q>
              {onShowEvidence && (
                <button
                  type="button"
                  class="rr-link"
                  disabled={missed.has(i)}
                  onClick={() => {
                    if (!onShowEvidence(e)) setMissed(new Set(missed).add(i));
                  }}
                >
                  {missed.has(i) ? T.notInPage : T.showInPage}
                </button>
              )}
            </span>
          ))}
        </div>
      )}
      {f.missing.length > 0 && (
        <p>
          <span class="rr-label">{T.missing}: </span>
          {f.missing.map((m) => FIELD_WORDS[m] ?? m).join(', ')}
        </p>
      )}
      {f.explanation && <p dir="auto">{f.explanation}</p>}
      {f.advice && (
        <p>
          <span class="rr-label">{T.advice}: </span>
          <span dir="auto">{f.advice}</span>
        </p>
      )}
      {f.sources.length > 0 && (
        <details class="rr-source">
          <summary>{T.sources}</summary>
          <SourceList sources={f.sources} />
        </details>
      )}
    </li>
  );
}
