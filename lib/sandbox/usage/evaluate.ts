import 'server-only';
import { dayTotalsCache } from './day-cache';
import type { Selection } from './selection';
import { SeriesDay } from './series-day';
import type { UsageSeries, UsageTypeSpec } from './types';
import { gaugeDays, gaugeLevel, MINUTES_PER_DAY } from './volume';

/*
 * Sums the selected series into buckets: per bucket a Float64Array of groups × measures (absent
 * when the bucket has no usage). Whole past days come from the day-totals cache; inside a day the
 * work is per bucket edge, or per request for streams quieter than the buckets are many. No
 * minute is visited unless a bucket edge or a request falls on it.
 */

const SECONDS_PER_DAY = 86_400;

export type BucketSums = (Float64Array | undefined)[];

/** Runs `each(day, first, last)` for each run of buckets that fall in the same UTC day. */
function byDay(starts: readonly number[], each: (day: number, first: number, last: number) => void): void {
  let i = 0;
  while (i < starts.length) {
    const day = Math.floor((starts[i] ?? 0) / SECONDS_PER_DAY);
    let j = i + 1;
    while (j < starts.length && Math.floor((starts[j] ?? 0) / SECONDS_PER_DAY) === day) j++;
    each(day, i, j);
    i = j;
  }
}

export function evaluateUsage(
  spec: UsageTypeSpec,
  all: readonly UsageSeries[],
  selection: Selection,
  starts: readonly number[],
  widthSeconds: number,
  now: number,
): BucketSums {
  const measures = spec.measures.length;
  const size = selection.groups.length * measures;
  const out: BucketSums = new Array<Float64Array | undefined>(starts.length);
  const add = (bucket: number, at: number, value: number) => {
    const sums = (out[bucket] ??= new Float64Array(size));
    sums[at] = (sums[at] ?? 0) + value;
  };
  const nowMinute = Math.floor(now / 60);
  const { series, group, indices } = selection;

  if (spec.kind === 'gauge') {
    byDay(starts, (day, first, last) => {
      series.forEach((s, n) => {
        const [from, to] = gaugeDays(s);
        if (day < from || day >= to) return;
        const level = gaugeLevel(s, day);
        for (let b = first; b < last; b++) add(b, (group[n] ?? 0) * measures, level);
      });
    });
    return out;
  }

  const cache = dayTotalsCache(all, measures);
  const seriesDay = new SeriesDay(measures);
  const width = widthSeconds / 60;
  /** The series' cumulative measures at the request count the last span ended on. */
  const reached = new Float64Array(measures);
  const startAt = (requests: number) => {
    reached[0] = requests;
    for (let k = 1; k < measures; k++) reached[k] = seriesDay.measureAt(k, requests);
  };
  /** Adds a series' usage from where it last reached up to `to` requests to a bucket. */
  const addSpan = (bucket: number, at: number, to: number) => {
    const sums = (out[bucket] ??= new Float64Array(size));
    sums[at] = (sums[at] ?? 0) + to - (reached[0] ?? 0);
    reached[0] = to;
    for (let k = 1; k < measures; k++) {
      const value = seriesDay.measureAt(k, to);
      sums[at + k] = (sums[at + k] ?? 0) + value - (reached[k] ?? 0);
      reached[k] = value;
    }
  };
  byDay(starts, (day, first, last) => {
    const dayStart = day * MINUTES_PER_DAY;
    const cutoff = Math.min(MINUTES_PER_DAY, Math.max(0, nowMinute - dayStart));
    if (cutoff === 0) return;
    if (cutoff === MINUTES_PER_DAY && width === MINUTES_PER_DAY) {
      const totals = cache.get(day);
      for (let n = 0; n < series.length; n++) {
        const from = (indices[n] ?? 0) * measures;
        if (totals[from] === 0) continue;
        for (let k = 0; k < measures; k++) add(first, (group[n] ?? 0) * measures + k, totals[from + k] ?? 0);
      }
      return;
    }
    const firstMinute = (starts[first] ?? 0) / 60 - dayStart;
    const lastMinute = firstMinute + (last - first) * width;
    for (let n = 0; n < series.length; n++) {
      const s = series[n];
      if (!s || !seriesDay.load(s, day, cutoff)) continue;
      const at = (group[n] ?? 0) * measures;
      let requests = seriesDay.requestsAt(firstMinute);
      const end = seriesDay.requestsAt(lastMinute);
      if (end === requests) continue;
      startAt(requests);
      if ((end - requests) * 12 < last - first) {
        // A quiet stream: find the minute of each next request, and take its whole bucket.
        let edge = firstMinute;
        while (requests < end) {
          let lo = edge;
          let hi = lastMinute;
          while (hi - lo > 1) {
            const mid = (lo + hi) >> 1;
            if (seriesDay.requestsAt(mid) > requests) hi = mid;
            else lo = mid;
          }
          const bucket = Math.floor((hi - 1 - firstMinute) / width);
          edge = firstMinute + (bucket + 1) * width;
          const next = seriesDay.requestsAt(edge);
          addSpan(first + bucket, at, next);
          requests = next;
        }
        continue;
      }
      let edge = firstMinute;
      for (let b = first; b < last; b++) {
        edge += width;
        const next = seriesDay.requestsAt(edge);
        if (next === requests) continue;
        addSpan(b, at, next);
        requests = next;
      }
    }
  });
  return out;
}
