import type { Fee } from '../extract/fees';
import { extractMoney, type Money } from '../extract/money';
import { convertPeriod, PERIODS, type Benchmark, type Period } from './benchmark';
import { CURRENCY_COUNTRY } from './countries';
import type { ScreenDoc } from './document';
import { amountIsNotWage } from './salary-words';

/**
 * Pay in the ad compared with the feed's benchmarks: below the legal minimum wage of the
 * country of work, or far above typical pay for unskilled work (a lure). An amount without a
 * pay period is read as monthly, the usual way in migrant-worker ads; one without a currency,
 * or with none the benchmarks cover for the countries named, is not judged.
 */
export function salaryVersusBenchmarks(
  doc: ScreenDoc,
  benchmarks: Benchmark[],
  countries: string[],
  is: 'aboveTypical' | 'belowMinimum',
  factor: number | undefined,
  fees: Fee[],
): { start: number; end: number } | undefined {
  if (!benchmarks.length) return undefined;
  const kind = is === 'belowMinimum' ? 'minimumWage' : 'typicalUnskilled';
  for (const pay of payAmounts(doc, fees)) {
    if (!pay.currency) continue;
    const where = new Set([...countries, CURRENCY_COUNTRY[pay.currency] ?? '']);
    const period: Period = pay.period && pay.period !== 'once' ? pay.period : 'month';
    // A row for the ad's own period first: Hong Kong's monthly wage for domestic helpers, not
    // its hourly statutory minimum, is the one a monthly helper's wage is compared with.
    const rows = benchmarks.filter((x) => x.kind === kind && x.currency === pay.currency && where.has(x.country));
    const b = rows.find((x) => x.period === period) ?? rows[0];
    if (!b) continue;
    if (is === 'belowMinimum') {
      const top = convertPeriod(pay.max ?? pay.amount, period, b.period);
      if (top < b.amount * 0.95) return pay;
    } else {
      const bottom = convertPeriod(pay.amount, period, b.period);
      if (bottom > b.amount * (factor ?? 3)) return pay;
    }
  }
  return undefined;
}

const SALARY_UNIT: Record<string, Period> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

function payAmounts(doc: ScreenDoc, fees: Fee[]): Money[] {
  const out: Money[] = [];
  const s = doc.posting.structured?.baseSalary;
  if (s?.currency && (s.value ?? s.min ?? s.max) !== undefined) {
    const unit = SALARY_UNIT[(s.unitText ?? '').toUpperCase()];
    const amount = (s.min ?? s.value ?? s.max)!;
    out.push({ amount, max: s.max, currency: s.currency.toUpperCase(), period: unit, start: -1, end: -1 });
  }
  const salaryField = doc.fields.find((f) => f.name === 'salary');
  for (const m of extractMoney(doc.norm.text)) {
    // A fee, deposit or charge is not pay.
    if (fees.some((f) => f.amount && f.amount.start < m.end && f.amount.end > m.start)) continue;
    const at = doc.norm.starts[m.start] ?? -1;
    const inSalary = salaryField && at >= salaryField.start && at < salaryField.end;
    // An allowance, rent, deposit or bonus beside the wage is not the wage ("+ QR 300 food").
    if (amountIsNotWage(doc.norm.text, m.start, m.end)) continue;
    // In free text only amounts with a pay period count: fees and prices have none.
    if (inSalary || (m.period && (PERIODS as readonly string[]).includes(m.period))) out.push(m);
  }
  return out;
}
