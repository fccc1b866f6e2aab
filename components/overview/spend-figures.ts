import type { InsightAnswer, Measures } from '@/lib/insights/types';
import type { ChartRow, ChartSeries } from '@/components/charts/series-data';
import { summaryRange } from '@/components/costs/cost-summary';
import { modelOfLineItem } from '@/components/project-overview/overview-logic';

/*
 * The overview's figure cards: which days they cover (UTC, as usage and costs are bucketed), models
 * by spend from the Costs API's line items, and the token trend from completions usage.
 */

const DAY = 86_400;
const today = (now: number) => Math.floor(now / DAY) * DAY;

/** The last 30 days, today included (today still counting). */
export const last30Days = (now: number) => ({ start: today(now) - 29 * DAY, end: now });

/** The last 60 days: the token trend compares the last 30 with the 30 before. */
export const last60Days = (now: number) => ({ start: today(now) - 59 * DAY, end: now });

/**
 * The ungrouped daily costs the overview reads once for two cards: the month summary's days (from
 * the 1st of last month, or 7 days back) and the last 30 days, whichever starts earlier.
 */
export function overviewCostsRange(now: number): { start: number; end: number } {
  return { start: Math.min(summaryRange(now).start, last30Days(now).start), end: now };
}

const add = (into: Measures, from: Measures) => {
  for (const [name, value] of Object.entries(from)) into[name] = (into[name] ?? 0) + value;
};

/**
 * A costs answer cut to its buckets from `start` on, with its totals and each series' totals summed
 * again over those buckets (what the engine would have answered for that range; costs add up).
 */
export function costsFrom<A extends Pick<InsightAnswer, 'start' | 'series' | 'buckets' | 'totals'>>(answer: A, start: number): A {
  if (answer.start >= start) return answer;
  const buckets = answer.buckets.filter((bucket) => bucket.start >= start);
  const totals: Measures = {};
  const bySeries = new Map<string, Measures>();
  for (const bucket of buckets)
    for (const [key, measures] of Object.entries(bucket.values)) {
      add(totals, measures);
      const seriesTotals = bySeries.get(key) ?? {};
      add(seriesTotals, measures);
      bySeries.set(key, seriesTotals);
    }
  const zero = (measures: Measures) => Object.fromEntries(Object.keys(measures).map((name) => [name, 0]));
  return {
    ...answer,
    start,
    buckets,
    totals: { ...zero(answer.totals), ...totals },
    series: answer.series.map((series) => ({ ...series, totals: { ...zero(series.totals), ...bySeries.get(series.key) } })),
  };
}

export interface ModelSpend {
  model: string;
  amount: number;
  share: number;
  /** The line items summed into it ("gpt-4o, input", "gpt-4o, batch output"). */
  lineItems: string[];
  /** The engine's "other" series: line items past its top N, whatever their model. */
  isOther: boolean;
}

/**
 * Models by spend from costs grouped by line item: each line item names its model before the
 * comma ("gpt-4o, cached input" → gpt-4o); tools are billed under their own name ("web search tool
 * calls"). Line items beyond the engine's top N arrive as one "other" series and stay apart.
 */
export function modelsBySpend(answer: Pick<InsightAnswer, 'series' | 'totals'>): ModelSpend[] {
  const total = answer.totals.amount ?? 0;
  const byModel = new Map<string, ModelSpend>();
  let other: ModelSpend | null = null;
  for (const series of answer.series) {
    const amount = series.totals.amount ?? 0;
    if (series.key === 'other') {
      other = { model: 'Other line items', amount, share: 0, lineItems: [], isOther: true };
      continue;
    }
    const item = series.group.line_item ?? series.label;
    const model = modelOfLineItem(item);
    const entry = byModel.get(model) ?? { model, amount: 0, share: 0, lineItems: [], isOther: false };
    entry.amount += amount;
    entry.lineItems.push(item);
    byModel.set(model, entry);
  }
  const list = [...byModel.values()].sort((a, b) => b.amount - a.amount);
  if (other && other.amount > 0) list.push(other);
  for (const entry of list) entry.share = total > 0 ? entry.amount / total : 0;
  return list;
}

export interface TokenTrend {
  input: number;
  output: number;
  total: number;
  previousTotal: number;
  /** (last 30 − previous 30) / previous 30; null when the previous 30 days had none. */
  change: number | null;
  rows: ChartRow[];
  series: ChartSeries[];
}

export const TOKEN_SERIES: ChartSeries[] = [
  { key: 'input', dataKey: 's0', label: 'Input tokens', gone: false, total: 0, color: 'var(--chart-1)', opacity: 0.9 },
  { key: 'output', dataKey: 's1', label: 'Output tokens', gone: false, total: 0, color: 'var(--chart-2)', opacity: 0.9 },
];

/** Input and output tokens per day over the last 30 days, against the 30 days before, from ungrouped daily completions usage. */
export function tokenTrend(answer: Pick<InsightAnswer, 'buckets'>, now: number): TokenTrend {
  const from = last30Days(now).start;
  let input = 0;
  let output = 0;
  let previousTotal = 0;
  const rows: ChartRow[] = [];
  for (const bucket of answer.buckets) {
    let bucketIn = 0;
    let bucketOut = 0;
    for (const measures of Object.values(bucket.values)) {
      bucketIn += measures.input_tokens ?? 0;
      bucketOut += measures.output_tokens ?? 0;
    }
    if (bucket.start < from) {
      previousTotal += bucketIn + bucketOut;
      continue;
    }
    input += bucketIn;
    output += bucketOut;
    rows.push({ start: bucket.start, end: bucket.end, s0: bucketIn, s1: bucketOut });
  }
  const total = input + output;
  const series = TOKEN_SERIES.map((s) => ({ ...s, total: s.key === 'input' ? input : output }));
  return { input, output, total, previousTotal, change: previousTotal > 0 ? (total - previousTotal) / previousTotal : null, rows, series };
}
