import type { Level } from '../../engine/index';
import { LEVEL_TEXT } from './strings';

/** A level as icon + word, for lists (the badge is the in-page form). */
export function LevelText({ level }: { level: Level }) {
  const t = LEVEL_TEXT[level];
  return (
    <span class={`rr-level rr-${level}`}>
      <span aria-hidden="true">{t.icon}</span> {t.word}
    </span>
  );
}
