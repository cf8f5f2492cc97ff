import type { Finding, Verdict } from '../../../lib/engine/index';

/** Verdicts built by hand, so component tests do not depend on the rule library. */
export function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'passport-retention',
    title: 'The employer keeps the passport',
    kind: 'indicator',
    indicator: { framework: 'ilo-forced-labour', code: '7', name: 'Retention of identity documents' },
    strength: 'strong',
    dimension: 'coercive-recruitment',
    evidence: [{ field: 'description', start: 0, end: 20, text: 'passport kept by employer' }],
    missing: [],
    explanation: 'Nobody may take your passport.',
    advice: 'Keep your passport.',
    sources: [{ title: 'ILO Indicators of Forced Labour', publisher: 'ILO', year: 2012, url: 'https://www.ilo.org/x' }],
    questions: ['Will I keep my passport?'],
    ...over,
  };
}

export function verdict(over: Partial<Verdict> = {}): Verdict {
  return { level: 'high', score: 10, findings: [finding()], mitigations: [], notices: [], questions: ['Will I keep my passport?'], dimensions: {}, countries: [], truncated: false, ...over };
}
