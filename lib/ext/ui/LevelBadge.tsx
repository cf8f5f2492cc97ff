import type { Level } from '../../engine/index';
import { LEVEL_TEXT, T } from './strings';

interface Props {
  level: Level;
  findings: number;
  expanded: boolean;
  /** id of the panel the badge opens, for aria-controls (same shadow root only). */
  controls?: string;
  onToggle: () => void;
}

/**
 * The badge: a real button (keyboard, focus, screen readers), icon + word so the level reads
 * without colour. It sits inside the page's cards, often inside a link, so a click must neither
 * follow that link nor reach the page's own handlers.
 */
export function LevelBadge({ level, findings, expanded, controls, onToggle }: Props) {
  const t = LEVEL_TEXT[level];
  return (
    <button
      type="button"
      class={`rr-badge rr-${level}`}
      aria-expanded={expanded}
      aria-controls={controls}
      aria-label={T.badgeLabel(level, findings)}
      onClick={(e) => {
        e.preventDefault();
        e.stopPropagation();
        onToggle();
      }}
    >
      <span class="rr-icon" aria-hidden="true">{t.icon}</span>
      <span class="rr-word">{t.word}</span>
      {findings > 0 && <span class="rr-count">{` · ${findings}`}</span>}
    </button>
  );
}
