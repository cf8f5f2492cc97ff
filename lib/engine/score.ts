import type { Dimension, Strength } from '../rules/schema';
import type { DimensionScore, Finding, Level } from './verdict';

/**
 * Scoring, after the ILO/EC operational indicators of trafficking (2009): indicators are graded
 * strong / medium / weak and judged in combination, because one indicator alone says little
 * (Volodko et al. 2020: 98.4% of 430 ads for work abroad had at least one).
 *
 * points: strong 4, medium 2, weak 1 per distinct rule that fired.
 * A dimension is "present" for the ILO/EC combinations: 2 strong; 1 strong + 1 medium or weak;
 * 3 medium; 2 medium + 1 weak.
 * Mitigating evidence (licence number, zero-fee policy, company address) subtracts its points,
 * at most MITIGATION_CAP in all.
 * level: high   if net >= 7, or a dimension is present and net >= 5;
 *        medium if net >= 4;
 *        low    if net >= 1;
 *        none   otherwise.
 * Floors: a strong indicator keeps the level at medium or above whatever the mitigation
 * ("no fees" beside a charged fee is itself a rule, not a mitigation).
 * Notices: when a notice rule says the text is a warning or information notice and no offer
 * (an advisory quoting "passport kept", "fee for a tourist visa" to warn against them), the level
 * is at most low and the score at most 30, above the strong floor: on fresh postings by unseen
 * authors, 4 of the 10 false alarms in one set (tj) were such notices. Notice rules themselves
 * must not fire when the text also makes an offer (their examples test it).
 * score = net points × 10, clamped to 0..100.
 */
export const WEIGHT: Record<Strength, number> = { strong: 4, medium: 2, weak: 1 };
export const MITIGATION_CAP = 3;

export interface Scored {
  level: Level;
  score: number;
  dimensions: Partial<Record<Dimension, DimensionScore>>;
}

export const NOTICE_MAX_SCORE = 30;

export function score(findings: Finding[], mitigations: Finding[], notice = false): Scored {
  const dimensions: Partial<Record<Dimension, DimensionScore>> = {};
  let points = 0;
  let strong = 0;
  for (const f of findings) {
    const d = (dimensions[f.dimension] ??= { strong: 0, medium: 0, weak: 0, points: 0, present: false });
    d[f.strength]++;
    d.points += WEIGHT[f.strength];
    points += WEIGHT[f.strength];
    if (f.strength === 'strong') strong++;
  }
  let anyPresent = false;
  for (const d of Object.values(dimensions)) {
    d.present = d.strong >= 2 || (d.strong >= 1 && d.medium + d.weak >= 1) || d.medium >= 3 || (d.medium >= 2 && d.weak >= 1);
    anyPresent ||= d.present;
  }
  const mitigation = Math.min(MITIGATION_CAP, mitigations.reduce((s, m) => s + WEIGHT[m.strength], 0));
  const net = Math.max(0, points - mitigation);
  let level: Level = net >= 7 || (anyPresent && net >= 5) ? 'high' : net >= 4 ? 'medium' : net >= 1 ? 'low' : 'none';
  if (strong > 0 && (level === 'none' || level === 'low')) level = 'medium';
  let points10 = Math.min(100, Math.round(net * 10));
  if (notice) {
    if (level === 'medium' || level === 'high') level = 'low';
    points10 = Math.min(points10, NOTICE_MAX_SCORE);
  }
  return { level, score: points10, dimensions };
}
