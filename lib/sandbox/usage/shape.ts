import 'server-only';
import { fmix, hash, unitAfter } from './hash';
import type { UsageSeries } from './types';
import { spikeFactor, spikeHour } from './volume';

/**
 * How a series' day spreads over its 1,440 minutes, as a cumulative share: share(0) = 0,
 * share(1440) = 1, never decreasing. Every bucket's usage is a difference of floor(total × share)
 * at its edges, so minutes add up to hours and hours to days exactly, whatever the rounding.
 *
 * Hours get weights from the team's rhythm (a spike day's burst in one hour); minutes within an
 * hour get their own weights, computed only for the hours a query cuts inside.
 */
export class DayShape {
  private readonly hourPrefix = new Float64Array(25);
  private readonly minuteShare = new Float64Array(24 * 61);
  private readonly minuteReady = new Uint8Array(24);
  private readonly minuteWeights = new Float64Array(61);
  private seed = 0;
  private day = 0;

  prepare(series: UsageSeries, day: number): void {
    this.seed = series.seed;
    this.day = day;
    const burst = spikeFactor(series.projectSeed, day) > 1 ? spikeHour(series.projectSeed, day) : -1;
    const daySeed = hash(series.seed, day, 1);
    let sum = 0;
    for (let h = 0; h < 24; h++) {
      const base = series.rhythm[h] ?? 1;
      sum += base * (0.75 + 0.5 * unitAfter(daySeed, h)) * (h === burst ? 6 : 1);
      this.hourPrefix[h + 1] = sum;
    }
    this.minuteReady.fill(0);
  }

  /** Share of the day's activity before minute `m` (0..1440). */
  at(m: number): number {
    if (m >= 1440) return 1;
    const h = (m / 60) | 0;
    const j = m - h * 60;
    const total = this.hourPrefix[24] ?? 1;
    const start = this.hourPrefix[h] ?? 0;
    if (j === 0) return start / total;
    if (this.minuteReady[h] === 0) this.fillHour(h);
    const width = (this.hourPrefix[h + 1] ?? 0) - start;
    return (start + width * (this.minuteShare[h * 61 + j] ?? 0)) / total;
  }

  /** Minute weights of one hour as shares of the hour (strictly below 1 before its last minute). */
  private fillHour(h: number): void {
    const hourSeed = hash(this.seed, this.day, 200 + h);
    const weights = this.minuteWeights;
    let sum = 0;
    for (let j = 0; j < 60; j++) {
      sum += 0.3 + fmix(hourSeed ^ Math.imul(j + 1, 0x9e3779b1)) / 4_294_967_296;
      weights[j + 1] = sum;
    }
    for (let j = 1; j < 60; j++) this.minuteShare[h * 61 + j] = (weights[j] ?? 0) / sum;
    this.minuteReady[h] = 1;
  }
}
