import 'server-only';
import { hash, unitAfter } from './hash';
import { modelShare } from './models';
import type { UsageSeries } from './types';

/*
 * Day totals of a series: closed-form in the day, so any day of any year costs the same to know
 * and never changes once it has passed. Minutes and hours split these totals exactly (shape.ts).
 */

export const MINUTES_PER_DAY = 1440;

/** 2026-01-01 as a Unix day: volumes are the persona's rates around then. */
const REFERENCE_DAY = 20_454;

/** The organization grows steadily (about half again a year). */
export const growth = (day: number) => Math.max(0.08, 1 + 0.0015 * (day - REFERENCE_DAY));

/** A project's busy days (a launch, a backfill): about one day in seventy, 2.5 to 5 times the usual. */
export function spikeFactor(projectSeed: number, day: number): number {
  const u = unitAfter(projectSeed, day * 4 + 2);
  return u < 0.015 ? 2.5 + (u / 0.015) * 2.5 : 1;
}

/** The hour (UTC) a spike day's burst lands in. */
export const spikeHour = (projectSeed: number, day: number) =>
  Math.floor(unitAfter(projectSeed, day * 4 + 3) * 24);

function weekly(series: UsageSeries, day: number): number {
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 is Sunday.
  if (weekday === 0 || weekday === 6) return series.weekend;
  return weekday === 1 ? 1.05 : 1;
}

/** Requests of a flow series on a day (0 outside its lifetime is the caller's business). */
export function dayRequests(series: UsageSeries, day: number, daySeed: number): number {
  const firstDay = Math.floor(series.from / MINUTES_PER_DAY);
  const rampUp = Math.min(1, (day - firstDay + 1) / 14);
  const noise = 0.8 + 0.4 * unitAfter(daySeed, 0);
  const volume =
    series.rate *
    growth(day) *
    weekly(series, day) *
    rampUp *
    noise *
    spikeFactor(series.projectSeed, day) *
    modelShare(series.model, day);
  return Math.round(volume);
}

/** Fills out[at..at+M) with a flow series' day totals; returns the request count (0: no activity). */
export function dayTotals(series: UsageSeries, day: number, out: Float64Array, at: number): number {
  const daySeed = hash(series.seed, day);
  const requests = dayRequests(series, day, daySeed);
  out[at] = requests;
  const { perRequest } = series;
  for (let m = 1; m < perRequest.length; m++) {
    const per = perRequest[m] ?? 0;
    out[at + m] = requests === 0 || per === 0 ? 0 : Math.round(requests * per * (0.9 + 0.2 * unitAfter(daySeed, m)));
  }
  return requests;
}

/** First and (exclusive) last whole day a gauge series (a vector store) exists. */
export function gaugeDays(series: UsageSeries): [number, number] {
  const to = series.to === Infinity ? Infinity : Math.floor(series.to / MINUTES_PER_DAY);
  return [Math.ceil(series.from / MINUTES_PER_DAY), to];
}

/** Bytes a vector store holds on a day: it fills over six weeks, then grows slowly. */
export function gaugeLevel(series: UsageSeries, day: number): number {
  const age = day - gaugeDays(series)[0];
  const fill = Math.min(1, (age + 1) / 42) * (1 + 0.002 * age);
  return Math.round(series.rate * fill * (0.98 + 0.04 * unitAfter(hash(series.seed, day), 0)));
}
