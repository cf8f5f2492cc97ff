import { useState } from 'preact/hooks';
import type { ScreenedItem } from '../results';
import { pickResources, type Resource } from '../resources';
import { LevelText } from './LevelText';
import { VerdictPanel } from './VerdictPanel';

/** Screened postings, riskiest first; each opens its full explanation in place. */
export function ItemList({ items, resources }: { items: ScreenedItem[]; resources: Resource[] }) {
  const [open, setOpen] = useState<string | undefined>(items.length === 1 ? items[0]!.key : undefined);
  return (
    <ul class="rr-items">
      {items.map((it) => {
        const expanded = open === it.key;
        const panelId = `p-${it.key}`;
        return (
          <li key={it.key}>
            <button type="button" class="rr-item-btn" aria-expanded={expanded} aria-controls={panelId} onClick={() => setOpen(expanded ? undefined : it.key)}>
              <LevelText level={it.level} />
              <span dir="auto">{it.title}</span>
            </button>
            {expanded && (
              <div id={panelId}>
                <VerdictPanel verdict={it.verdict} origin={it.origin} resources={pickResources(resources, it.verdict.countries)} headingId={`h-${it.key}`} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
