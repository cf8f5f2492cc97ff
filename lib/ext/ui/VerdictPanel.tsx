import type { Evidence } from '../../engine/document';
import type { Verdict } from '../../engine/index';
import type { Resource } from '../resources';
import { FindingItem } from './FindingItem';
import { HelpResources } from './HelpResources';
import { LEVEL_TEXT, T } from './strings';

export interface VerdictPanelProps {
  verdict: Verdict;
  /** The posting's title as the page gave it (page text: rendered as text, direction from its content). */
  title?: string;
  origin?: 'page' | 'selection';
  resources: Resource[];
  headingId: string;
  onClose?: () => void;
  onShowEvidence?: (e: Evidence) => boolean;
}

/**
 * The full explanation of one verdict. Used in the page (inside a closed shadow root), in the
 * popup and for pasted text alike, so every place says the same thing in the same words.
 */
export function VerdictPanel({ verdict: v, title, origin = 'page', resources, headingId, onClose, onShowEvidence }: VerdictPanelProps) {
  const t = LEVEL_TEXT[v.level];
  return (
    <div class={`rr-panel rr-${v.level}`} data-risk-level={v.level}>
      <div class="rr-head">
        <h2 id={headingId} tabIndex={-1}>
          <span class="rr-icon" aria-hidden="true">{t.icon}</span> {t.word}
        </h2>
        {onClose && (
          <button type="button" class="rr-close" aria-label={T.close} onClick={onClose}>
            ×
          </button>
        )}
      </div>
      {origin === 'selection' && <p class="rr-muted">{T.selection}</p>}
      {title && (
        <p class="rr-title" dir="auto">
          {title}
        </p>
      )}
      <p>{t.long}</p>
      {v.truncated && <p class="rr-muted">{T.truncated}</p>}
      {/* Results saved before notice rules existed have no notices. */}
      {(v.notices?.length ?? 0) > 0 && (
        <p class="rr-notice" data-notice={v.notices[0]!.ruleId}>
          {T.notice}
        </p>
      )}
      {v.findings.length > 0 && (
        <section aria-label={T.findings}>
          <h3>{`${T.findings} (${v.findings.length})`}</h3>
          <ul class="rr-list">
            {v.findings.map((f) => (
              <FindingItem key={f.ruleId} finding={f} onShowEvidence={onShowEvidence} />
            ))}
          </ul>
        </section>
      )}
      {v.questions.length > 0 && (
        <section aria-label={T.questions}>
          <h3>{T.questions}</h3>
          <ul class="rr-questions">
            {v.questions.map((q, i) => (
              <li key={i} dir="auto">
                {q}
              </li>
            ))}
          </ul>
        </section>
      )}
      {v.mitigations.length > 0 && (
        <section aria-label={T.goodSigns}>
          <h3>{T.goodSigns}</h3>
          <ul class="rr-list">
            {v.mitigations.map((f) => (
              <FindingItem key={f.ruleId} finding={f} onShowEvidence={onShowEvidence} />
            ))}
          </ul>
        </section>
      )}
      <HelpResources resources={resources} />
      <p class="rr-muted rr-disclaimer">{T.disclaimer}</p>
    </div>
  );
}
