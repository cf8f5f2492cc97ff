import { levelAtLeast, type Level, type Verdict } from '../engine/verdict';

/**
 * The postings a rule set gets wrong at one threshold: risky ones left below it (misses) and
 * legitimate ones raised to it (false alarms), each with what fired, so a rule writer sees why.
 */
export interface EvalError {
  id: string;
  kind: 'miss' | 'false-alarm';
  level: Level;
  score: number;
  /** "rule-id:s|m|w" for findings, "-rule-id" for mitigations, "~rule-id" for notices. */
  fired: string[];
  notes?: string;
}

export function evalError(id: string, risky: boolean, v: Verdict, threshold: Exclude<Level, 'none'>, notes?: string): EvalError | undefined {
  const flagged = levelAtLeast(v.level, threshold);
  if (flagged === risky) return undefined;
  const fired = [...v.findings.map((f) => `${f.ruleId}:${f.strength[0]}`), ...v.mitigations.map((m) => `-${m.ruleId}`), ...v.notices.map((n) => `~${n.ruleId}`)];
  const e: EvalError = { id, kind: risky ? 'miss' : 'false-alarm', level: v.level, score: v.score, fired };
  if (notes) e.notes = notes;
  return e;
}

/** One line per error, misses first: "MISS id level score | rules :: notes". */
export function errorLines(errors: EvalError[]): string {
  const order = (e: EvalError) => (e.kind === 'miss' ? 0 : 1);
  return [...errors]
    .sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id))
    .map((e) => `${e.kind === 'miss' ? 'MISS' : 'FALSE ALARM'} ${e.id} ${e.level} ${e.score} | ${e.fired.join(' ') || '(nothing fired)'}${e.notes ? ` :: ${e.notes}` : ''}`)
    .join('\n');
}
