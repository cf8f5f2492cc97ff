import type { Level, Posting, Verdict } from '../engine/index';
import type { Resource } from './resources';

/** One screened posting, as the content script keeps it and the popup shows it. */
export interface ScreenedItem {
  key: string;
  title: string;
  url?: string;
  level: Level;
  verdict: Verdict;
  origin: 'page' | 'selection';
}

/** What the content script answers to "get-results" (and "check-page", "check-text"). */
export interface PageResults {
  url: string;
  /** Screening ran on this page (automatically or because the user asked). */
  active: boolean;
  method: string;
  items: ScreenedItem[];
  /** More postings were screened than are listed here (the popup lists the riskiest first). */
  more: number;
  /** Help lines for the countries these postings name. */
  resources: Resource[];
}

export const MAX_ITEMS_IN_REPLY = 100;

const RANK: Record<Level, number> = { high: 0, medium: 1, low: 2, none: 3 };
export const byRisk = (a: ScreenedItem, b: ScreenedItem) => RANK[a.level] - RANK[b.level] || b.verdict.score - a.verdict.score;

export function titleOf(p: Posting): string {
  return (p.title ?? p.company ?? p.description ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) || 'Untitled posting';
}

export function countLevels(items: Iterable<{ level: Level }>): Record<Level, number> {
  const c: Record<Level, number> = { none: 0, low: 0, medium: 0, high: 0 };
  for (const i of items) c[i.level]++;
  return c;
}
