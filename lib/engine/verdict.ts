import type { Dimension, RULE_KINDS, Strength } from '../rules/schema';
import type { Evidence } from './document';

export const LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];

export interface SourceRef {
  title: string;
  publisher: string;
  year?: number;
  section?: string;
  url?: string;
}

export interface Finding {
  ruleId: string;
  title: string;
  kind: (typeof RULE_KINDS)[number];
  indicator: { framework: string; code?: string; name: string };
  strength: Strength;
  dimension: Dimension;
  evidence: Evidence[];
  /** Facts the posting leaves out that made the rule fire (e.g. "company"). */
  missing: string[];
  explanation: string;
  advice: string;
  sources: SourceRef[];
  questions: string[];
}

export interface DimensionScore {
  strong: number;
  medium: number;
  weak: number;
  points: number;
  /** The ILO/EC combination for this dimension is met (2 strong, strong + any, 3 medium, 2 medium + weak). */
  present: boolean;
}

export interface Verdict {
  level: Level;
  score: number;
  findings: Finding[];
  mitigations: Finding[];
  /**
   * Notice rules that fired: the text warns about or informs on recruitment (an advisory, a rights
   * notice, an agency's "we never charge fees" warning) rather than offering a job. The findings are
   * still listed (they are what the text quotes), but the level is at most low.
   */
  notices: Finding[];
  questions: string[];
  dimensions: Partial<Record<Dimension, DimensionScore>>;
  /** Countries the posting names (ISO 3166-1 alpha-2), for help lines and benchmarks. */
  countries: string[];
  feedVersion?: number;
  /** A field was longer than the engine reads; only its start was screened. */
  truncated: boolean;
}

export function levelAtLeast(level: Level, min: Level): boolean {
  return LEVELS.indexOf(level) >= LEVELS.indexOf(min);
}
