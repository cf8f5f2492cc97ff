import { describe, expect, it } from 'vitest';
import type { Benchmark } from '../../lib/engine/benchmark';
import { compileRuleSet } from '../../lib/engine/compile';
import { screen } from '../../lib/engine/screen';
import { makeRule } from './rule-factory';

const src = { title: 'test benchmark', publisher: 'test' };
const benchmarks: Benchmark[] = [
  { country: 'HK', currency: 'HKD', period: 'hour', kind: 'minimumWage', amount: 42.1, source: src, checked: '2026-06' },
  { country: 'HK', currency: 'HKD', period: 'month', kind: 'minimumWage', amount: 4990, source: src, checked: '2026-06' },
  { country: 'GB', currency: 'GBP', period: 'hour', kind: 'minimumWage', amount: 10.85, source: src, checked: '2026-06' },
  { country: 'PH', currency: 'PHP', period: 'month', kind: 'typicalUnskilled', amount: 15000, source: src, checked: '2026-06' },
];
const below = makeRule('below', { predicate: 'salary', is: 'belowMinimum' });
const above = makeRule('above', { predicate: 'salary', is: 'aboveTypical', factor: 3 });
const set = compileRuleSet([below, above], { benchmarks });
const fired = (p: Parameters<typeof screen>[0]) => screen(p, set).findings.map((f) => f.ruleId);

describe('salary predicate', () => {
  it('compares with the row of the same period (HK helpers: monthly, not the hourly minimum)', () => {
    expect(fired({ location: 'Hong Kong', salary: 'HK$3,500 per month' })).toEqual(['below']);
    expect(fired({ location: 'Hong Kong', salary: 'HK$4,990 per month' })).toEqual([]);
  });

  it('converts periods with a 40-hour week, so a lawful monthly wage is not called below an hourly minimum', () => {
    expect(fired({ location: 'London', salary: '£2,000 per month' })).toEqual([]);
    expect(fired({ location: 'London', salary: '£6.50 per hour' })).toEqual(['below']);
  });

  it('flags pay far above typical unskilled pay', () => {
    expect(fired({ description: 'Helper in Manila, salary PHP 90,000 per month' })).toEqual(['above']);
    expect(fired({ description: 'Helper in Manila, salary PHP 18,000 per month' })).toEqual([]);
  });

  it('an allowance, rent, deposit or bonus beside the wage is not the wage', () => {
    expect(fired({ location: 'Hong Kong', description: 'Salary HK$5,200 per month + HK$1,200 food allowance per month' })).toEqual([]);
    expect(fired({ location: 'Hong Kong', description: 'Food allowance HK$1,200 per month. Salary HK$5,200 per month.' })).toEqual([]);
    expect(fired({ location: 'Hong Kong', description: '房租 HK$1,500 per month, 人工 HK$5,200 per month' })).toEqual([]);
    // The wage itself is still read when an allowance follows it after a comma.
    expect(fired({ location: 'Hong Kong', description: 'Salary HK$3,500 per month, food provided' })).toEqual(['below']);
  });

  it('ignores fees and amounts with no benchmark', () => {
    expect(fired({ location: 'Hong Kong', description: 'Processing fee HK$3,000 to be paid by the applicant.' })).toEqual([]);
    expect(fired({ description: 'Salary 500 USD per month' })).toEqual([]);
  });

  it('uses structured baseSalary from JSON-LD', () => {
    expect(fired({ structured: { baseSalary: { currency: 'GBP', value: 5, unitText: 'HOUR' }, jobLocation: [{ country: 'GB' }] } })).toEqual(['below']);
  });
});
