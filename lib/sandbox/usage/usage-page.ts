import 'server-only';
import type { Db } from '@/lib/server/db';
import { getCatalogue } from './catalogue';
import { evaluateUsage } from './evaluate';
import { pageWindow, USAGE_LIMITS, WIDTH_SECONDS } from './page-query';
import { selectSeries } from './selection';
import type { UsageTypeName } from './types';
import { USAGE_TYPES } from './usage-types';

/** One result of a usage bucket: the measures, then every dimension (null where not grouped). */
export type UsageResult = Record<string, string | number | boolean | null>;

export interface UsageBucket {
  object: 'bucket';
  start_time: number;
  end_time: number;
  results: UsageResult[];
}

export interface UsagePage<R = UsageResult> {
  object: 'page';
  data: { object: 'bucket'; start_time: number; end_time: number; results: R[] }[];
  has_more: boolean;
  next_page: string | null;
}

/** Answers one usage endpoint for the (already validated) query, as of `now`. */
export async function usagePage(
  db: Db,
  type: UsageTypeName,
  query: Record<string, unknown>,
  now: number,
): Promise<UsagePage> {
  const spec = USAGE_TYPES[type];
  const window = pageWindow(query, now, (width) => USAGE_LIMITS[width]);
  const catalogue = await getCatalogue(db);
  const selection = selectSeries(spec, catalogue.series[type], query);
  const seconds = WIDTH_SECONDS[window.width];
  const sums = evaluateUsage(spec, catalogue.series[type], selection, window.starts, seconds, now);
  const measures = spec.measures.length;
  const data = window.starts.map((start, b): UsageBucket => {
    const bucket = sums[b];
    const results: UsageResult[] = [];
    if (bucket) {
      selection.groups.forEach((values, g) => {
        const at = g * measures;
        let any = false;
        for (let k = 0; k < measures; k++) if ((bucket[at + k] ?? 0) !== 0) any = true;
        if (!any) return;
        const result: UsageResult = { object: spec.resultObject, ...spec.fields(bucket, at) };
        spec.dims.forEach((dim, i) => (result[dim] = values[i] ?? null));
        results.push(result);
      });
    }
    return { object: 'bucket', start_time: start, end_time: start + seconds, results };
  });
  return { object: 'page', data, has_more: window.nextPage !== null, next_page: window.nextPage };
}
