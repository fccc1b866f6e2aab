import 'server-only';
import { DayShape } from './shape';
import type { UsageSeries } from './types';
import { dayTotals, MINUTES_PER_DAY } from './volume';

/**
 * One flow series on one day: its totals, and its cumulative usage at any minute of the day,
 * clamped to the minutes it existed and to the last complete minute before now.
 *
 * requestsAt(m) = floor(R × share(m)) is the stream's request count before minute m; every other
 * measure follows the requests (floor(T × requestsAt(m) / R)), so a minute without requests has
 * no tokens either. Both are the same function of m for every bucket width: exact sums.
 */
export class SeriesDay {
  readonly totals: Float64Array;
  requests = 0;
  private readonly shape = new DayShape();
  private shaped = false;
  private series: UsageSeries | null = null;
  private day = 0;
  private lo = 0;
  private hi = 0;
  private alive = MINUTES_PER_DAY;
  private shareLo = 0;
  private span = 1;

  constructor(measures: number) {
    this.totals = new Float64Array(measures);
  }

  /** Loads a series' day; false when it has no visible activity then. `cutoff`: minutes of the day before now. */
  load(series: UsageSeries, day: number, cutoff: number): boolean {
    const dayStart = day * MINUTES_PER_DAY;
    const lo = Math.max(0, series.from - dayStart);
    const alive = Math.min(MINUTES_PER_DAY, series.to - dayStart);
    const hi = Math.min(alive, cutoff);
    if (lo >= hi) return false;
    this.requests = dayTotals(series, day, this.totals, 0);
    if (this.requests === 0) return false;
    this.series = series;
    this.day = day;
    this.lo = lo;
    this.hi = hi;
    this.alive = alive;
    this.shaped = false;
    return true;
  }

  private share(m: number): number {
    if (!this.shaped && this.series) {
      this.shape.prepare(this.series, this.day);
      this.shareLo = this.lo === 0 ? 0 : this.shape.at(this.lo);
      this.span = (this.alive === MINUTES_PER_DAY ? 1 : this.shape.at(this.alive)) - this.shareLo;
      this.shaped = true;
    }
    return (this.shape.at(m) - this.shareLo) / this.span;
  }

  /** Requests before minute `m` of the day (0..1440). */
  requestsAt(m: number): number {
    const x = m < this.lo ? this.lo : m > this.hi ? this.hi : m;
    if (x === this.lo) return 0;
    if (x === this.alive) return this.requests;
    return Math.floor(this.requests * this.share(x));
  }

  /** Measure `k`'s cumulative value when `requests` requests have been made. */
  measureAt(k: number, requests: number): number {
    return Math.floor(((this.totals[k] ?? 0) * requests) / this.requests);
  }
}
