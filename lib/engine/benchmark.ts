import { z } from 'zod';

/**
 * Pay benchmarks carried by the feed as data (never in code): legal minimum wages and typical pay
 * for unskilled work, per country, currency and period, each with its source and the date it was
 * checked. The salary predicate of a rule compares an ad's pay with these.
 */
export const PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type Period = (typeof PERIODS)[number];

export const BenchmarkSchema = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code, upper case'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 currency code, upper case'),
  period: z.enum(PERIODS),
  kind: z.enum(['minimumWage', 'typicalUnskilled']),
  amount: z.number().positive(),
  note: z.string().max(500).optional(),
  source: z.strictObject({ title: z.string().min(3).max(300), publisher: z.string().min(2).max(200), url: z.string().url().max(2_000).optional() }),
  checked: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'date checked as YYYY-MM or YYYY-MM-DD'),
});
export type Benchmark = z.infer<typeof BenchmarkSchema>;

/**
 * Rough conversion between pay periods, used only to compare an ad's pay with a benchmark when
 * the feed has no row for the ad's own period. A 40-hour week (ILO Forty-Hour Week Convention,
 * 1935, No. 47) rather than a longer one, so a lawful monthly wage is not read as below an
 * hourly minimum.
 */
const HOURS: Record<Period, number> = { hour: 1, day: 8, week: 40, month: 40 * 52 / 12, year: 40 * 52 };

export function convertPeriod(amount: number, from: Period, to: Period): number {
  return (amount / HOURS[from]) * HOURS[to];
}
