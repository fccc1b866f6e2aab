import type { BucketWidth } from '@/lib/insights/types';

/*
 * Numbers, amounts and times as charts and tables show them: thousands separators, the currency,
 * short axis ticks ("1.2M"), and bucket times in UTC (the API's buckets are UTC).
 */

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** "1,234,567"; fractions rounded (usage measures are counts). */
export const formatCount = (value: number) => whole.format(value);

/** "1.2M", "350K", "12": for axis ticks. */
export const formatCompact = (value: number) => compact.format(value);

export { formatMoney, formatMoneyCompact } from '@/lib/format/money';

/** "+12.5%", "−3.0%", "0.0%" from a ratio (0.125 → "+12.5%"). */
export function formatChange(ratio: number): string {
  const text = `${Math.abs(ratio * 100).toFixed(1)}%`;
  if (Math.abs(ratio) < 0.0005) return '0.0%';
  return ratio > 0 ? `+${text}` : `−${text}`;
}

/** "12.5%" share of a whole; under 0.1% (but above zero) reads "< 0.1%". */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.001) return '< 0.1%';
  return `${(share * 100).toFixed(1)}%`;
}

const BYTE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB'];

/** "1.5 GB" (decimal units, as storage is billed); under 1 KB "512 bytes". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${formatCount(value)} bytes` : `${value.toFixed(value >= 100 ? 0 : 1)} ${BYTE_UNITS[unit]}`;
}

const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options });
const dayMonth = utc({ day: 'numeric', month: 'short' });
const dayMonthYear = utc({ day: 'numeric', month: 'short', year: 'numeric' });
const hourMinute = utc({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const weekday = utc({ weekday: 'short' });

/** An axis tick for a bucket start: "3 Mar" by day, "3 Mar 14:00" by hour, "14:05" by minute. */
export function formatBucketTick(start: number, width: BucketWidth): string {
  const date = new Date(start * 1000);
  if (width === '1d') return dayMonth.format(date);
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
  if (width === '1h') return midnight ? dayMonth.format(date) : `${dayMonth.format(date)} ${hourMinute.format(date)}`;
  return midnight ? dayMonth.format(date) : hourMinute.format(date);
}

/** A bucket in full, for a tooltip: "Tue 3 Mar 2026", "3 Mar 2026, 14:00–15:00 UTC". */
export function formatBucket(start: number, end: number, width: BucketWidth): string {
  const from = new Date(start * 1000);
  if (width === '1d') return `${weekday.format(from)} ${dayMonthYear.format(from)}`;
  return `${dayMonthYear.format(from)}, ${hourMinute.format(from)}–${hourMinute.format(new Date(end * 1000))} UTC`;
}

/** "2026-03-03" (UTC): the day of a bucket in CSV files. */
export const isoDay = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString().slice(0, 10);

/** "2026-03-03T14:05:00Z": a bucket's start in CSV files. */
export const isoTime = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString().replace('.000Z', 'Z');

/** A usage measure's value in full: bytes in storage units, everything else a count. */
export const formatMeasure = (measure: string, value: number) => (measure === 'usage_bytes' ? formatBytes(value) : formatCount(value));

/** A usage measure's value for an axis tick. */
export const formatMeasureTick = (measure: string, value: number) => (measure === 'usage_bytes' ? formatBytes(value) : formatCompact(value));

const MINUTE = 60;
const HOUR = 3_600;
const DAY_SECONDS = 86_400;
/** Tick steps per width, finest first; 'month' = the 1st of each month. */
const TICK_STEPS: Record<BucketWidth, (number | 'month')[]> = {
  '1m': [5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY_SECONDS],
  '1h': [HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY_SECONDS, 2 * DAY_SECONDS, 7 * DAY_SECONDS, 'month'],
  '1d': [DAY_SECONDS, 2 * DAY_SECONDS, 7 * DAY_SECONDS, 14 * DAY_SECONDS, 'month'],
};
// 1970-01-01 was a Thursday: weeks start on Mondays, 4 days later.
const MONDAY_OFFSET = 4 * DAY_SECONDS;

function onStep(start: number, step: number | 'month'): boolean {
  if (step === 'month') return new Date(start * 1000).getUTCDate() === 1 && start % DAY_SECONDS === 0;
  if (step % (7 * DAY_SECONDS) === 0) return (start - MONDAY_OFFSET) % step === 0;
  return start % step === 0;
}

/**
 * Axis ticks on round UTC moments (whole hours, midnights, Mondays, the 1st of a month): the
 * finest step that gives at most `max` ticks.
 */
export function niceTicks(starts: readonly number[], width: BucketWidth, max = 10): number[] {
  for (const step of TICK_STEPS[width]) {
    const ticks = starts.filter((start) => onStep(start, step));
    if (ticks.length <= max && ticks.length > 0) return ticks;
  }
  return starts.filter((start) => onStep(start, 'month'));
}
