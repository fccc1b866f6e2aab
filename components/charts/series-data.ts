import type { InsightAnswer, InsightSeries, Measures } from '@/lib/insights/types';
import { seriesStyle, type SeriesStyle } from './palette';

/*
 * An engine answer (lib/insights/types.ts) shaped for a stacked chart and its tables: one row per
 * bucket with a value per series, the series with their colours, and the totals the table shows.
 */

export interface ChartRow {
  start: number;
  end: number;
  /** The measure's value per series, under the series' dataKey (0 when it had none in the bucket). */
  [dataKey: string]: number;
}

export interface ChartSeries extends SeriesStyle {
  key: string;
  /** Where a chart row holds this series' value: "s0", "s1"... (series keys may hold dots or "start"). */
  dataKey: string;
  label: string;
  gone: boolean;
  /** The measure's total over the range. */
  total: number;
}

const value = (measures: Measures | undefined, measure: string) => measures?.[measure] ?? 0;

/** The series in the answer's order (largest first, "other" last), each with its colour. */
export function chartSeries(answer: Pick<InsightAnswer, 'series'>, measure: string): ChartSeries[] {
  return answer.series.map((series, index) => ({
    key: series.key,
    dataKey: `s${index}`,
    label: series.label,
    gone: !!series.gone,
    total: value(series.totals, measure),
    ...seriesStyle(series.key, index),
  }));
}

/** One row per bucket, oldest first, with every series present (zeros where it had nothing). */
export function chartRows(answer: Pick<InsightAnswer, 'series' | 'buckets'>, measure: string): ChartRow[] {
  return answer.buckets.map((bucket) => {
    const row: ChartRow = { start: bucket.start, end: bucket.end };
    answer.series.forEach((series, index) => {
      row[`s${index}`] = value(bucket.values[series.key], measure);
    });
    return row;
  });
}

/** A bucket's total over the shown series (hidden ones left out). */
export function rowTotal(row: ChartRow, series: readonly Pick<ChartSeries, 'dataKey'>[]): number {
  return series.reduce((sum, s) => sum + (row[s.dataKey] ?? 0), 0);
}

/** The keys still drawn after hiding some. */
export const shownKeys = (series: readonly Pick<InsightSeries, 'key'>[], hidden: readonly string[]) =>
  series.map((s) => s.key).filter((key) => !hidden.includes(key));

/** Hides or shows one series; returns the new hidden list (never hides every series: the last one stays). */
export function toggleHidden(hidden: readonly string[], key: string, allKeys: readonly string[]): string[] {
  if (hidden.includes(key)) return hidden.filter((k) => k !== key);
  const next = [...hidden, key];
  return allKeys.every((k) => next.includes(k)) ? [...hidden] : next;
}

/** Hides every series but this one, or shows all again when it already was the only one shown. */
export function soloHidden(hidden: readonly string[], key: string, allKeys: readonly string[]): string[] {
  const others = allKeys.filter((k) => k !== key);
  const alreadySolo = others.every((k) => hidden.includes(k)) && !hidden.includes(key);
  return alreadySolo ? [] : others;
}

/** The sum of a measure over every bucket and series (what the engine's totals must equal). */
export function sumOfBuckets(answer: Pick<InsightAnswer, 'buckets'>, measure: string): number {
  let sum = 0;
  for (const bucket of answer.buckets) for (const measures of Object.values(bucket.values)) sum += value(measures, measure);
  return sum;
}
