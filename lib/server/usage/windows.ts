import type { BucketWidth } from '@/lib/insights/types';

/*
 * Time arithmetic of the engine, pure: which buckets a range holds, and how the buckets still to
 * read are split into windows that each fit one upstream page, so they can be fetched in parallel
 * instead of by following `next_page` one request after another.
 */

export const WIDTH_SECONDS: Record<BucketWidth, number> = { '1m': 60, '1h': 3_600, '1d': 86_400 };

export interface BucketRange {
  /** The first bucket's start: `start` rounded down to the width (as the API aligns it). */
  start: number;
  /** The end of the last bucket: `end` rounded up to the width. */
  end: number;
  /** Every bucket's start, in order, up to the one `now` falls in (later ones do not exist yet). */
  starts: number[];
}

/** The buckets of [start, end) at this width, as of `now` (Unix seconds). */
export function bucketRange(start: number, end: number, width: BucketWidth, now: number): BucketRange {
  const seconds = WIDTH_SECONDS[width];
  const first = Math.floor(start / seconds) * seconds;
  const last = Math.ceil(end / seconds) * seconds;
  const starts: number[] = [];
  for (let at = first; at < last && at <= now; at += seconds) starts.push(at);
  return { start: first, end: last, starts };
}

export interface FetchWindow {
  /** First bucket's start (the upstream `start_time`). */
  start: number;
  /** End of the last bucket (the upstream `end_time`). */
  end: number;
  /** Buckets in it (the upstream `limit`). */
  buckets: number;
}

/**
 * Windows covering every bucket in `wanted` (bucket starts, ascending, on the width's grid), each
 * at most `perPage` buckets long. A window begins at the first bucket not yet covered and runs for
 * a whole page, so buckets already known between wanted ones are read again rather than costing
 * another request; it is cut short after the last wanted bucket.
 */
export function planWindows(wanted: readonly number[], widthSeconds: number, perPage: number): FetchWindow[] {
  const windows: FetchWindow[] = [];
  let i = 0;
  while (i < wanted.length) {
    const start = wanted[i] ?? 0;
    const limit = start + perPage * widthSeconds;
    let lastStart = start;
    while (i < wanted.length && (wanted[i] ?? 0) < limit) lastStart = wanted[i++] ?? lastStart;
    const end = lastStart + widthSeconds;
    windows.push({ start, end, buckets: (end - start) / widthSeconds });
  }
  return windows;
}
