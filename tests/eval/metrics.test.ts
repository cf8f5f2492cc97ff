import { describe, expect, it } from 'vitest';
import { EvalAccumulator, rates } from '../../lib/eval/metrics';
import { markdownReport } from '../../lib/eval/report';
import type { Level, Verdict } from '../../lib/engine/verdict';

const v = (level: Level, rules: string[] = []): Verdict => ({
  level, score: 0, findings: rules.map((ruleId) => ({ ruleId }) as Verdict['findings'][number]), mitigations: [], notices: [], questions: [], dimensions: {}, countries: [], truncated: false,
});

describe('eval metrics', () => {
  it('counts each threshold separately', () => {
    const acc = new EvalAccumulator();
    acc.add(true, v('high', ['a']));
    acc.add(true, v('low', ['b']));
    acc.add(false, v('medium', ['a']));
    acc.add(false, v('none'));
    expect(acc.matrices.get('low')).toEqual({ tp: 2, fp: 1, tn: 1, fn: 0 });
    expect(acc.matrices.get('medium')).toEqual({ tp: 1, fp: 1, tn: 1, fn: 1 });
    expect(acc.matrices.get('high')).toEqual({ tp: 1, fp: 0, tn: 2, fn: 1 });
    expect(acc.rules.get('a')).toEqual({ risky: 1, legit: 1 });
  });

  it('computes precision, recall, F1 and false-positive rate, with zero denominators as 0', () => {
    expect(rates({ tp: 3, fp: 1, tn: 4, fn: 1 })).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75, fpr: 0.2 });
    expect(rates({ tp: 0, fp: 0, tn: 0, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0, fpr: 0 });
  });

  it('renders a Markdown table per group and per rule', () => {
    const acc = new EvalAccumulator();
    acc.add(true, v('high', ['a']));
    const md = markdownReport('T', new Map([['all', acc]]));
    expect(md).toContain('| all | 1 | 1 | high+ | 1 | 0 | 0 | 0 | 1.000 | 1.000 | 1.000 | 0.000 |');
    expect(md).toContain('| a | 1 | 1 | 0 | 1.000 |');
  });
});
