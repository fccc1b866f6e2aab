import type { BucketWidth } from '@/lib/insights/types';

/*
 * The time ranges of /usage and /costs, in UTC like the API's buckets. A preset ending now holds
 * whole buckets: "last 7 days" by day is today and the six days before, by hour the 168 hours up
 * to the current one. A custom range is two days, both included.
 */

export const RANGE_PRESETS = ['24h', '7d', '30d', '90d', 'month', 'last-month'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export type RangeChoice = RangePreset | 'custom';

export const RANGE_LABELS: Record<RangeChoice, string> = {
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  month: 'This month',
  'last-month': 'Last month',
  custom: 'Custom',
};

export const WIDTH_SECONDS: Record<BucketWidth, number> = { '1m': 60, '1h': 3_600, '1d': 86_400 };
export const WIDTH_LABELS: Record<BucketWidth, string> = { '1m': 'Minute', '1h': 'Hour', '1d': 'Day' };
const DAY = 86_400;

/**
 * The most buckets one view asks for, per width: minutes up to 2 days, hours up to 92 days (any
 * month and the 90-day preset), days up to 3 years. More would be unreadable and slow to fetch.
 */
export const MAX_BUCKETS: Record<BucketWidth, number> = { '1m': 2 * 1_440, '1h': 92 * 24, '1d': 3 * 366 };
const MAX_SPAN_WORDS: Record<BucketWidth, string> = { '1m': '2 days', '1h': '92 days', '1d': '3 years' };

export interface TimeRange {
  start: number;
  end: number;
}

const PRESET_SECONDS: Partial<Record<RangePreset, number>> = { '24h': DAY, '7d': 7 * DAY, '30d': 30 * DAY, '90d': 90 * DAY };

export const floorTo = (unix: number, seconds: number) => Math.floor(unix / seconds) * seconds;
const monthStart = (unix: number, offset = 0) => {
  const date = new Date(unix * 1000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1) / 1000;
};

/** "2026-03-03" → Unix seconds at that day's UTC midnight; null when not a real day. */
export function parseDay(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const ms = Date.parse(`${text}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) return null;
  return ms / 1000;
}

export const dayText = (unix: number) => new Date(unix * 1000).toISOString().slice(0, 10);

export type RangeResult = { ok: true; range: TimeRange } | { ok: false; error: string };

/** A custom range from two days (both included), ending no later than now. */
export function customRange(from: string, to: string, now: number): RangeResult {
  const start = parseDay(from);
  const last = parseDay(to);
  if (start === null || last === null) return { ok: false, error: 'Choose both days of the custom range.' };
  if (last < start) return { ok: false, error: 'The range ends before it starts: choose a “to” day on or after the “from” day.' };
  if (start > now) return { ok: false, error: 'The range starts in the future: choose a “from” day up to today.' };
  return { ok: true, range: { start, end: Math.min(last + DAY, now) } };
}

/** The range a preset means at `now` for buckets of `width`. */
export function presetRange(preset: RangePreset, width: BucketWidth, now: number): TimeRange {
  if (preset === 'month') return { start: monthStart(now), end: now };
  if (preset === 'last-month') return { start: monthStart(now, -1), end: monthStart(now) };
  const span = PRESET_SECONDS[preset] ?? DAY;
  const step = WIDTH_SECONDS[width];
  // Whole buckets ending with the one now falls in.
  const count = Math.max(1, Math.round(span / step));
  return { start: floorTo(now, step) - (count - 1) * step, end: now };
}

/** How many buckets of `width` the range holds (the API aligns buckets to their width in UTC). */
export function bucketCount(range: TimeRange, width: BucketWidth): number {
  const step = WIDTH_SECONDS[width];
  if (range.end <= range.start) return 0;
  return Math.ceil((range.end - floorTo(range.start, step)) / step);
}

/** Why `width` does not suit the range (null when it does): too many buckets, or a bucket wider than the range. */
export function widthProblem(range: TimeRange, width: BucketWidth): string | null {
  const count = bucketCount(range, width);
  if (count > MAX_BUCKETS[width])
    return `${WIDTH_LABELS[width]} buckets are offered for ranges up to ${MAX_SPAN_WORDS[width]} (this range would make ${count.toLocaleString('en-US')} of them). Choose a wider bucket or a shorter range.`;
  if (width === '1d' && range.end - range.start <= DAY)
    return 'Day buckets need a range longer than one day: this range would make a single bar. Choose hour buckets.';
  return null;
}

/** The width to switch to when the current one does not suit a new range: days, else hours, else minutes. */
export function fittingWidth(range: TimeRange, current: BucketWidth): BucketWidth {
  if (!widthProblem(range, current)) return current;
  return (['1d', '1h', '1m'] as const).find((width) => !widthProblem(range, width)) ?? '1d';
}

const rangeDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const rangeTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });

/** "1 Mar 2026 – 12 Mar 2026 (UTC)" or with times when the range is not whole days. */
export function describeRange(range: TimeRange, now: number): string {
  const whole = range.start % DAY === 0 && (range.end % DAY === 0 || range.end >= now);
  const format = whole ? rangeDay : rangeTime;
  const last = range.end >= now ? 'now' : format.format(new Date((whole ? range.end - DAY : range.end) * 1000));
  return `${format.format(new Date(range.start * 1000))} – ${last} (UTC)`;
}
