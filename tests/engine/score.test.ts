import { describe, expect, it } from 'vitest';
import { score } from '../../lib/engine/score';
import type { Finding } from '../../lib/engine/verdict';
import type { Dimension, Strength } from '../../lib/rules/schema';

let n = 0;
function f(strength: Strength, dimension: Dimension = 'deceptive-recruitment', kind: Finding['kind'] = 'indicator'): Finding {
  n++;
  return { ruleId: `r${n}`, title: 't', kind, indicator: { framework: 'x', name: 'x' }, strength, dimension, evidence: [], missing: [], explanation: '', advice: '', sources: [], questions: [] };
}

describe('score: combinations, after the ILO/EC operational indicators', () => {
  it.each([
    ['nothing', [], 'none', 0],
    ['one weak indicator', [f('weak')], 'low', 10],
    ['two weak', [f('weak'), f('weak', 'identity-contact')], 'low', 20],
    ['one medium', [f('medium')], 'low', 20],
    ['one strong alone', [f('strong')], 'medium', 40],
    ['two medium in different dimensions', [f('medium'), f('medium', 'identity-contact')], 'medium', 40],
    ['strong + weak in one dimension (ILO/EC: dimension present)', [f('strong'), f('weak')], 'high', 50],
    ['strong + weak in different dimensions', [f('strong'), f('weak', 'identity-contact')], 'medium', 50],
    ['3 medium in one dimension', [f('medium'), f('medium'), f('medium')], 'high', 60],
    ['2 medium + weak in one dimension', [f('medium'), f('medium'), f('weak')], 'high', 50],
    ['2 medium + weak across dimensions', [f('medium'), f('medium', 'identity-contact'), f('weak', 'scam-fraud')], 'medium', 50],
    ['two strong anywhere', [f('strong'), f('strong', 'scam-fraud')], 'high', 80],
    ['many weak', [f('weak'), f('weak', 'identity-contact'), f('weak', 'scam-fraud'), f('weak', 'recruitment-fees'), f('weak', 'abuse-of-vulnerability'), f('weak', 'exploitative-conditions'), f('weak', 'coercive-recruitment')], 'high', 70],
  ] as [string, Finding[], string, number][])('%s', (_name, findings, level, points) => {
    const s = score(findings, []);
    expect(s.level).toBe(level);
    expect(s.score).toBe(points);
  });

  it('marks the dimension present for the ILO/EC combination', () => {
    const s = score([f('medium'), f('medium'), f('weak')], []);
    expect(s.dimensions['deceptive-recruitment']).toMatchObject({ medium: 2, weak: 1, present: true });
  });
});

describe('score: mitigation', () => {
  it('lowers the score of medium findings', () => {
    const s = score([f('medium'), f('medium', 'identity-contact')], [f('medium', 'identity-contact', 'mitigator')]);
    expect(s.level).toBe('low');
    expect(s.score).toBe(20);
  });

  it('never cancels a strong red flag', () => {
    const s = score([f('strong')], [f('strong', 'identity-contact', 'mitigator'), f('medium', 'identity-contact', 'mitigator')]);
    expect(s.level).toBe('medium');
    expect(s.score).toBe(10);
  });

  it('is capped', () => {
    const mit = [f('strong', 'identity-contact', 'mitigator'), f('strong', 'identity-contact', 'mitigator'), f('strong', 'identity-contact', 'mitigator')];
    const s = score([f('strong'), f('strong', 'scam-fraud'), f('medium', 'scam-fraud')], mit);
    expect(s.score).toBe(70);
    expect(s.level).toBe('high');
  });
});

describe('score: notices (a warning or information text, not an offer)', () => {
  it('caps the level at low even over the strong floor, and the score at 30', () => {
    const s = score([f('strong'), f('strong', 'scam-fraud'), f('medium', 'scam-fraud')], [], true);
    expect(s.level).toBe('low');
    expect(s.score).toBe(30);
  });

  it('leaves a low or empty result as it is', () => {
    expect(score([f('weak')], [], true)).toMatchObject({ level: 'low', score: 10 });
    expect(score([], [], true)).toMatchObject({ level: 'none', score: 0 });
  });

  it('without a notice the same findings are high', () => {
    expect(score([f('strong'), f('strong', 'scam-fraud')], []).level).toBe('high');
  });
});
