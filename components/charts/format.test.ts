import { describe, expect, it } from 'vitest';
import { formatBucket, formatBucketTick, formatBytes, formatChange, formatCompact, formatCount, formatMoney, formatMoneyCompact, formatShare, isoTime, niceTicks } from './format';
import { seriesStyle } from './palette';

const at = (iso: string) => Date.parse(iso) / 1000;

describe('numbers and amounts', () => {
  it('separates thousands and rounds counts', () => {
    expect(formatCount(1234567.4)).toBe('1,234,567');
    expect(formatCompact(1_250_000)).toBe('1.3M');
    expect(formatCompact(950)).toBe('950');
  });

  it('shows amounts with their currency', () => {
    expect(formatMoney(1234.5)).toBe('$1,234.50');
    expect(formatMoney(0.001)).toBe('< $0.01');
    expect(formatMoney(12, 'eur')).toBe('€12.00');
    expect(formatMoneyCompact(12_345)).toBe('$12.3K');
    expect(formatMoneyCompact(250)).toBe('$250');
    expect(formatMoneyCompact(2.5)).toBe('$2.50');
  });

  it('signs changes and shares', () => {
    expect(formatChange(0.125)).toBe('+12.5%');
    expect(formatChange(-0.03)).toBe('−3.0%');
    expect(formatChange(0)).toBe('0.0%');
    expect(formatShare(0.0004)).toBe('< 0.1%');
    expect(formatShare(0.5)).toBe('50.0%');
  });

  it('reads bytes in decimal units', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1_500_000_000)).toBe('1.5 GB');
    expect(formatBytes(250_000_000_000)).toBe('250 GB');
  });
});

describe('bucket times (UTC)', () => {
  it('ticks by width', () => {
    expect(formatBucketTick(at('2026-03-03T00:00:00Z'), '1d')).toBe('3 Mar');
    expect(formatBucketTick(at('2026-03-03T14:00:00Z'), '1h')).toBe('3 Mar 14:00');
    expect(formatBucketTick(at('2026-03-03T00:00:00Z'), '1h')).toBe('3 Mar');
    expect(formatBucketTick(at('2026-03-03T14:05:00Z'), '1m')).toBe('14:05');
  });

  it('names a whole bucket in a tooltip', () => {
    expect(formatBucket(at('2026-03-03T00:00:00Z'), at('2026-03-04T00:00:00Z'), '1d')).toBe('Tue 3 Mar 2026');
    expect(formatBucket(at('2026-03-03T14:00:00Z'), at('2026-03-03T15:00:00Z'), '1h')).toBe('3 Mar 2026, 14:00–15:00 UTC');
    expect(isoTime(at('2026-03-03T14:05:00Z'))).toBe('2026-03-03T14:05:00Z');
  });
});

describe('series colours', () => {
  it('gives eleven hues, then lighter rings of them, and grey to "other"', () => {
    expect(seriesStyle('proj_a', 0)).toEqual({ color: 'var(--chart-1)', opacity: 0.9 });
    expect(seriesStyle('proj_k', 10).color).toBe('var(--chart-11)');
    expect(seriesStyle('proj_l', 11)).toEqual({ color: 'var(--chart-1)', opacity: 0.55 });
    expect(seriesStyle('other', 3).color).toBe('var(--chart-other)');
    const first = Array.from({ length: 11 }, (_, i) => seriesStyle(`s${i}`, i).color);
    expect(new Set(first).size).toBe(11);
  });
});

describe('axis ticks on round moments', () => {
  const series = (from: string, step: number, count: number) => Array.from({ length: count }, (_, i) => at(from) + i * step);
  it('hours: midnights when a week is shown', () => {
    const ticks = niceTicks(series('2026-03-01T17:00:00Z', 3600, 168), '1h');
    expect(ticks.map((t) => formatBucketTick(t, '1h'))).toEqual(['2 Mar', '3 Mar', '4 Mar', '5 Mar', '6 Mar', '7 Mar', '8 Mar']);
  });
  it('days: Mondays over 90 days, the 1st of the month over a year', () => {
    const ticks = niceTicks(series('2026-01-01T00:00:00Z', 86_400, 90), '1d');
    expect(ticks.every((t) => new Date(t * 1000).getUTCDay() === 1)).toBe(true);
    expect(niceTicks(series('2025-03-01T00:00:00Z', 86_400, 365), '1d').map((t) => formatBucketTick(t, '1d')).slice(0, 3)).toEqual(['1 Mar', '1 Apr', '1 May']);
  });
  it('minutes: whole hours over a day, midnight as its day', () => {
    const ticks = niceTicks(series('2026-03-01T12:00:00Z', 60, 1440), '1m');
    expect(ticks.map((t) => formatBucketTick(t, '1m'))).toEqual(['12:00', '15:00', '18:00', '21:00', '2 Mar', '03:00', '06:00', '09:00']);
  });
});
