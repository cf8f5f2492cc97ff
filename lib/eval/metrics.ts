import { LEVELS, levelAtLeast, type Level, type Verdict } from '../engine/verdict';

/**
 * Confusion matrices for each level threshold ("flag at low or above", "medium or above",
 * "high"), per-rule hit counts and precision, kept incrementally so a large corpus streams.
 */
export const THRESHOLDS = LEVELS.filter((l) => l !== 'none') as Exclude<Level, 'none'>[];

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface RuleStats {
  risky: number;
  legit: number;
}

export class EvalAccumulator {
  readonly matrices = new Map<string, Confusion>(THRESHOLDS.map((t) => [t, { tp: 0, fp: 0, tn: 0, fn: 0 }]));
  readonly rules = new Map<string, RuleStats>();
  total = 0;
  positives = 0;

  add(risky: boolean, v: Verdict): void {
    this.total++;
    if (risky) this.positives++;
    for (const t of THRESHOLDS) {
      const m = this.matrices.get(t)!;
      const flagged = levelAtLeast(v.level, t);
      if (flagged && risky) m.tp++;
      else if (flagged) m.fp++;
      else if (risky) m.fn++;
      else m.tn++;
    }
    for (const f of v.findings) {
      const s = this.rules.get(f.ruleId) ?? { risky: 0, legit: 0 };
      if (risky) s.risky++; else s.legit++;
      this.rules.set(f.ruleId, s);
    }
  }
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
  fpr: number;
}

export function rates(m: Confusion): Rates {
  const precision = m.tp + m.fp ? m.tp / (m.tp + m.fp) : 0;
  const recall = m.tp + m.fn ? m.tp / (m.tp + m.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const fpr = m.fp + m.tn ? m.fp / (m.fp + m.tn) : 0;
  return { precision, recall, f1, fpr };
}
