import type { Evidence } from '../../engine/document';
import type { Verdict } from '../../engine/index';
import type { Resource } from '../resources';
import { LevelBadge } from './LevelBadge';
import { VerdictPanel } from './VerdictPanel';
import { UI_DIR, UI_LANG } from './strings';

export interface BadgeViewProps {
  verdict: Verdict;
  title?: string;
  /** Posting page: the explanation opens in place, under the badge. Listing: it opens in the floating panel. */
  inline: boolean;
  expanded: boolean;
  resources: Resource[];
  locale: string;
  onToggle: () => void;
  onShowEvidence?: (e: Evidence) => boolean;
}

/** What one badge host shows: the badge and, on a posting page, the explanation below it. */
export function BadgeView({ verdict, title, inline, expanded, resources, locale, onToggle, onShowEvidence }: BadgeViewProps) {
  return (
    <div lang={UI_LANG} dir={UI_DIR} data-locale={locale}>
      <LevelBadge level={verdict.level} findings={verdict.findings.length} expanded={expanded} controls={inline ? 'rr-inline' : undefined} onToggle={onToggle} />
      {inline && expanded && (
        <div id="rr-inline" class="rr-inline" role="region" aria-labelledby="rr-inline-h">
          <VerdictPanel verdict={verdict} title={title} resources={resources} headingId="rr-inline-h" onShowEvidence={onShowEvidence} />
        </div>
      )}
    </div>
  );
}
