import type { CsvColumn } from '@/lib/format/csv';
import type { InsightAnswer, Measures } from '@/lib/insights/types';
import { isoTime } from '@/components/charts/format';
import { groupLabel, measureHeader, measureSpec } from './usage-catalog';

/*
 * The totals table under the usage chart: one row per series (as the chart stacks them) and a
 * total row, with the type's measures. Its CSV holds exactly these rows and columns, plus the raw
 * group values (ids) a spreadsheet can join on.
 */

/** Completions report fifteen token counts; the table keeps the ones people read, and the rarer ones only when they are not zero. */
const COMPLETIONS_CORE = ['input_tokens', 'input_cached_tokens', 'output_tokens', 'num_model_requests'];
const COMPLETIONS_OPTIONAL = ['input_audio_tokens', 'output_audio_tokens', 'input_image_tokens'];

export function tableMeasures(answer: Pick<InsightAnswer, 'type' | 'measures' | 'totals'>): string[] {
  if (answer.type !== 'completions') return [...answer.measures];
  const optional = COMPLETIONS_OPTIONAL.filter((m) => (answer.totals[m] ?? 0) > 0);
  const order = ['input_tokens', 'input_cached_tokens', ...optional.filter((m) => m.startsWith('input')), 'output_tokens', ...optional.filter((m) => m.startsWith('output')), 'num_model_requests'];
  return order.filter((m) => answer.measures.includes(m) && (COMPLETIONS_CORE.includes(m) || optional.includes(m)));
}

/** "Project id", "Model": the header of a group's raw values in a CSV. */
export const groupValueHeader = (field: string) => (field.endsWith('_id') ? `${groupLabel(field)} id` : groupLabel(field));

export interface TotalsRow {
  key: string;
  label: string;
  gone: boolean;
  group: Record<string, string | null>;
  values: Measures;
  /** Share of the chart's measure, 0..1. */
  share: number;
  isTotal: boolean;
}

export function totalsRows(answer: Pick<InsightAnswer, 'series' | 'totals'>, measure: string): TotalsRow[] {
  const whole = answer.totals[measure] ?? 0;
  const rows: TotalsRow[] = answer.series.map((series) => ({
    key: series.key,
    label: series.label,
    gone: !!series.gone,
    group: series.group,
    values: series.totals,
    share: whole > 0 ? (series.totals[measure] ?? 0) / whole : 0,
    isTotal: false,
  }));
  rows.push({ key: 'total', label: 'Total', gone: false, group: {}, values: answer.totals, share: whole > 0 ? 1 : 0, isTotal: true });
  return rows;
}

/** The CSV of the totals table: series, its group values, the chart measure's share, each measure. */
export function totalsCsvColumns(answer: Pick<InsightAnswer, 'type' | 'group_by'>, measures: readonly string[], measure: string): CsvColumn<TotalsRow>[] {
  const groupBy = answer.group_by;
  return [
    { header: 'Series', value: (row) => row.label },
    ...groupBy.map((field) => ({ header: groupValueHeader(field), value: (row: TotalsRow) => row.group[field] ?? '' })),
    { header: `Share of ${measureSpec(measure).label.toLowerCase()}`, value: (row) => (row.share * 100).toFixed(1) + '%' },
    ...measures.map((m) => ({ header: measureHeader(answer.type, m, { csv: true }), value: (row: TotalsRow) => row.values[m] ?? 0 })),
  ];
}

export interface BucketCsvRow {
  start: number;
  end: number;
  label: string;
  group: Record<string, string | null>;
  values: Measures;
}

/** Every bucket × series with a value, oldest first, in the answer's series order. */
export function bucketCsvRows(answer: Pick<InsightAnswer, 'series' | 'buckets'>): BucketCsvRow[] {
  const rows: BucketCsvRow[] = [];
  for (const bucket of answer.buckets)
    for (const series of answer.series) {
      const values = bucket.values[series.key];
      if (values) rows.push({ start: bucket.start, end: bucket.end, label: series.label, group: series.group, values });
    }
  return rows;
}

export function bucketCsvColumns(answer: Pick<InsightAnswer, 'type' | 'group_by'>, measures: readonly string[]): CsvColumn<BucketCsvRow>[] {
  const groupBy = answer.group_by;
  return [
    { header: 'Bucket start (UTC)', value: (row) => isoTime(row.start) },
    { header: 'Bucket end (UTC)', value: (row) => isoTime(row.end) },
    { header: 'Series', value: (row) => row.label },
    ...groupBy.map((field) => ({ header: groupValueHeader(field), value: (row: BucketCsvRow) => row.group[field] ?? '' })),
    ...measures.map((m) => ({ header: measureHeader('', m, { csv: true }), value: (row: BucketCsvRow) => row.values[m] ?? 0 })),
  ];
}
