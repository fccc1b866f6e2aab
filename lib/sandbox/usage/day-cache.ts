import 'server-only';
import { SeriesDay } from './series-day';
import type { UsageSeries } from './types';
import { MINUTES_PER_DAY } from './volume';

/*
 * Whole-day totals of every series of one type, per past day: what a 1d bucket or a day of costs
 * needs, computed once per day and kept (a past day never changes while the catalogue stands).
 */

/** Days kept per type: a 180-day costs page and a 90-day usage view fit twice over. */
const MAX_DAYS = 400;

export class DayTotalsCache {
  private readonly days = new Map<number, Float64Array>();
  private readonly seriesDay: SeriesDay;

  constructor(
    private readonly series: readonly UsageSeries[],
    private readonly measures: number,
  ) {
    this.seriesDay = new SeriesDay(measures);
  }

  /**
   * Takes over the days another list's cache holds (the catalogue before a key or project was
   * added or archived): rows of unchanged series are copied, the rest computed.
   */
  adopt(previous: DayTotalsCache): void {
    const same = new Map<number, number>();
    previous.series.forEach((s, i) => same.set(s.seed, i));
    const from = this.series.map((s) => {
      const i = same.get(s.seed);
      const old = i === undefined ? undefined : previous.series[i];
      return old && old.from === s.from && old.to === s.to && old.rate === s.rate ? (i ?? -1) : -1;
    });
    // Unchanged series mostly keep their order: copy each run of consecutive rows in one go.
    const runs: { to: number; from: number; length: number }[] = [];
    const fresh: number[] = [];
    from.forEach((i, n) => {
      const last = runs.at(-1);
      if (i < 0) fresh.push(n);
      else if (last && last.to + last.length === n && last.from + last.length === i) last.length++;
      else runs.push({ to: n, from: i, length: 1 });
    });
    const m = this.measures;
    for (const [day, old] of previous.days) {
      const totals = new Float64Array(this.series.length * m);
      for (const run of runs) totals.set(old.subarray(run.from * m, (run.from + run.length) * m), run.to * m);
      for (const n of fresh) this.fillRow(totals, n, day);
      this.days.set(day, totals);
    }
  }

  private fillRow(totals: Float64Array, n: number, day: number): void {
    const series = this.series[n];
    if (!series || !this.seriesDay.load(series, day, MINUTES_PER_DAY)) return;
    const requests = this.seriesDay.requestsAt(MINUTES_PER_DAY);
    const at = n * this.measures;
    totals[at] = requests;
    for (let k = 1; k < this.measures; k++) totals[at + k] = this.seriesDay.measureAt(k, requests);
  }

  /** Each series' totals for a complete day, at index × measures (zeros when it had none). */
  get(day: number): Float64Array {
    const cached = this.days.get(day);
    if (cached) {
      this.days.delete(day);
      this.days.set(day, cached);
      return cached;
    }
    const totals = new Float64Array(this.series.length * this.measures);
    for (let n = 0; n < this.series.length; n++) this.fillRow(totals, n, day);
    this.days.set(day, totals);
    if (this.days.size > MAX_DAYS) this.days.delete(this.days.keys().next().value ?? day);
    return totals;
  }
}

const caches = new WeakMap<readonly UsageSeries[], DayTotalsCache>();

/** The cache of one type's series list (a new catalogue gets new lists, hence new caches). */
export function dayTotalsCache(series: readonly UsageSeries[], measures: number): DayTotalsCache {
  let cache = caches.get(series);
  if (!cache) caches.set(series, (cache = new DayTotalsCache(series, measures)));
  return cache;
}

/** Carries one list's cached days over to its successor (see DayTotalsCache.adopt). */
export function carryOver(previous: readonly UsageSeries[], next: readonly UsageSeries[], measures: number): void {
  const old = caches.get(previous);
  if (old) dayTotalsCache(next, measures).adopt(old);
}
