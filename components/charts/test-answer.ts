import type { InsightAnswer, InsightSeries, Measures } from '@/lib/insights/types';

/**
 * A small engine answer for tests: `values[bucket][series]` holds each series' measures per
 * bucket; totals are summed from them, as the engine does.
 */
export function testAnswer(
  series: Pick<InsightSeries, 'key' | 'label' | 'group'>[],
  values: Record<string, Measures>[],
  options: Partial<Pick<InsightAnswer, 'type' | 'kind' | 'measures' | 'width' | 'currency'>> & { start?: number; step?: number } = {},
): InsightAnswer {
  const start = options.start ?? Date.UTC(2026, 2, 1) / 1000;
  const step = options.step ?? 86_400;
  const measures = options.measures ?? ['input_tokens', 'num_model_requests'];
  const add = (into: Measures, from: Measures) => {
    for (const [name, value] of Object.entries(from)) into[name] = (into[name] ?? 0) + value;
  };
  const totals: Measures = {};
  const seriesTotals = new Map(series.map((s) => [s.key, {} as Measures]));
  for (const bucket of values)
    for (const [key, measures] of Object.entries(bucket)) {
      add(totals, measures);
      add(seriesTotals.get(key) ?? {}, measures);
    }
  return {
    kind: options.kind ?? 'usage',
    type: options.type ?? 'completions',
    width: options.width ?? '1d',
    start,
    end: start + values.length * step,
    group_by: Object.keys(series[0]?.group ?? {}),
    measures,
    ...(options.currency ? { currency: options.currency } : {}),
    series: series.map((s) => ({ ...s, totals: seriesTotals.get(s.key) ?? {} })),
    buckets: values.map((bucket, i) => ({ start: start + i * step, end: start + (i + 1) * step, values: bucket })),
    totals,
    source: { upstream_requests: 0, cached_buckets: 0, fetched_buckets: values.length },
    as_of: start + values.length * step,
  };
}
