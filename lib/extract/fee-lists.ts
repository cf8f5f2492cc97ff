/**
 * Negated lists: a "no fee" opening a list covers every item ("不收取任何押金、服装费、中介费",
 * "We do not charge:\n- deposit\n- uniform fee") until an item has its own amount or charge.
 */
import { isCost, type Group, type Hit } from './fee-groups';
import { CONNECTOR, type Word } from './fee-lexicon';
import { gapWords } from './text';

export interface ListNeg {
  /** End of the negated item or of the negator opening the list. */
  end: number;
  /** The list was opened with a colon: its items may stand on lines of their own. */
  lines: boolean;
}

const NEGATING = new Set<Word['cls']>(['neg', 'negAlone', 'negBefore', 'negEither']);
const BREAKING = new Set<Word['cls']>(['charge', 'tied', 'verb', 'salary', 'neg', 'negAlone', 'negAfter']);
// "Neither … nor" joins negated items too ("biaya penempatan maupun uang jaminan", "ni frais ni caution", "ни комиссии, ни залога").
const LIST_SEP = /[、，,;/·•|]|\s(?:or|and|nor|y|o|ni|ou|et|e|nem|dan|atau|maupun|ataupun|serta|at|o kaya|и|или|ни|або|ні|ta|si|sau|nici|và|hoặc|lẫn|cũng không|และ|หรือ)\s|也不|或|及/;
const BULLET = /^[ \t]*[-–—*•·▪◦●✓✔✗✘❌❎✅☑→>]?[ \t]*(?:\d{1,2}[.)][ \t]*)?/;

/** A negator ending with a colon opens a list ("We do not charge:", "无需缴纳："). */
export function openerBefore(p: string, hits: Hit[], g: Group): ListNeg | undefined {
  for (let i = g.i0 - 1; i >= 0 && g.start - hits[i]!.end <= 40; i--) {
    const h = hits[i]!;
    if (!NEGATING.has(h.value.cls)) {
      if (BREAKING.has(h.value.cls) || isCost(h)) return undefined;
      continue;
    }
    return /^[ \t]*[:：]/.test(p.slice(h.end, h.end + 4)) ? { end: h.end, lines: true } : undefined;
  }
  return undefined;
}

/** Between the last negated item and `g` only list separators, bullets and at most three unknown words. */
export function listGoesOn(p: string, hits: Hit[], list: ListNeg, g: Group): boolean {
  if (g.start < list.end || g.members.some((m) => m.value.cls !== 'kind' && m.value.cls !== 'fee')) return false;
  const gap = p.slice(list.end, g.start);
  if (gap.length > 40 || /\d|[.!?。！？।]/.test(gap.replace(/^[ \t]*[:：]/, '').replace(/(^|[\n\r])[ \t]*\d{1,2}[.)]/g, '$1'))) return false;
  const lines = gap.split(/[\n\r]+/);
  if (lines.length > 1) {
    if (!list.lines || lines.length > 3) return false;
    if (lines.slice(1).some((l) => !BULLET.test(l))) return false;
  } else if (!LIST_SEP.test(` ${gap} `) && !/^[ \t]*[:：]/.test(gap)) return false;
  for (const h of hits) if (h.start >= list.end && h.end <= g.start && (BREAKING.has(h.value.cls) || h.value.cls === 'ordinary')) return false;
  const odd = gapWords(gap.replace(/[:：、，,;/·•|\-–—*▪◦●✓✔✗✘❌❎✅☑→>]/g, ' ')).filter((w) => !CONNECTOR.has(w) && !/^\d{1,2}$/.test(w));
  return odd.length <= 3;
}
