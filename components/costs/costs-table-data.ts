import type { CsvColumn } from '@/lib/format/csv';
import type { InsightAnswer } from '@/lib/insights/types';
import { isoDay } from '@/components/charts/format';

/*
 * The tables behind the costs chart: one row per series (what each project, line item or key cost
 * over the range) or one row per day (the chart's bars, a column per series). Both end with a total
 * row; their CSVs hold exactly those rows, amounts in the currency's units with cents.
 */

type Answer = Pick<InsightAnswer, 'series' | 'buckets' | 'totals' | 'group_by' | 'currency'>;

export interface CostSeriesRow {
  key: string;
  label: string;
  gone: boolean;
  /** The raw id or line item. */
  value: string;
  amount: number;
  share: number;
  /** Amount ÷ days in the range. */
  perDay: number;
  isTotal: boolean;
}

const amountOf = (measures: Record<string, number> | undefined) => measures?.amount ?? 0;

export function costSeriesRows(answer: Answer): CostSeriesRow[] {
  const total = amountOf(answer.totals);
  const days = Math.max(1, answer.buckets.length);
  const field = answer.group_by[0] ?? '';
  const rows = answer.series.map((s) => ({
    key: s.key,
    label: s.label,
    gone: !!s.gone,
    value: s.group[field] ?? '',
    amount: amountOf(s.totals),
    share: total > 0 ? amountOf(s.totals) / total : 0,
    perDay: amountOf(s.totals) / days,
    isTotal: false,
  }));
  rows.push({ key: 'total', label: 'Total', gone: false, value: '', amount: total, share: total > 0 ? 1 : 0, perDay: total / days, isTotal: true });
  return rows;
}

export interface CostDayRow {
  /** UTC midnight; 0 on the total row. */
  day: number;
  /** Amount per series key. */
  amounts: Record<string, number>;
  total: number;
  isTotal: boolean;
}

/** Oldest day first (as the chart reads), then the total of each column. */
export function costDayRows(answer: Answer): CostDayRow[] {
  const rows: CostDayRow[] = answer.buckets.map((bucket) => {
    const amounts: Record<string, number> = {};
    for (const s of answer.series) amounts[s.key] = amountOf(bucket.values[s.key]);
    return { day: bucket.start, amounts, total: Object.values(amounts).reduce((a, b) => a + b, 0), isTotal: false };
  });
  const totals: Record<string, number> = {};
  for (const s of answer.series) totals[s.key] = amountOf(s.totals);
  rows.push({ day: 0, amounts: totals, total: amountOf(answer.totals), isTotal: true });
  return rows;
}

// Rounded as the table shows amounts (Intl rounds the shortest decimal form: 800.415 → 800.42,
// where toFixed gives 800.41), without thousands separators.
const plain = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
const cents = (amount: number) => plain.format(amount);
const code = (answer: Answer) => (answer.currency ?? 'usd').toUpperCase();

export function costSeriesCsvColumns(answer: Answer, groupLabel: string, valueHeader: string): CsvColumn<CostSeriesRow>[] {
  return [
    { header: groupLabel, value: (r) => r.label },
    { header: valueHeader, value: (r) => r.value },
    { header: `Cost (${code(answer)})`, value: (r) => cents(r.amount) },
    { header: 'Share', value: (r) => `${(r.share * 100).toFixed(1)}%` },
    { header: `Average per day (${code(answer)})`, value: (r) => cents(r.perDay) },
  ];
}

export function costDayCsvColumns(answer: Answer): CsvColumn<CostDayRow>[] {
  return [
    { header: 'Day (UTC)', value: (r) => (r.isTotal ? 'Total' : isoDay(r.day)) },
    ...answer.series.map((s) => ({ header: `${s.label} (${code(answer)})`, value: (r: CostDayRow) => cents(r.amounts[s.key] ?? 0) })),
    { header: `Total (${code(answer)})`, value: (r) => cents(r.total) },
  ];
}
