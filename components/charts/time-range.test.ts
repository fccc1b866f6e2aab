import { describe, expect, it } from 'vitest';
import { bucketCount, customRange, describeRange, fittingWidth, parseDay, presetRange, widthProblem } from './time-range';

// Thursday 12 March 2026, 14:35:20 UTC.
const NOW = Date.UTC(2026, 2, 12, 14, 35, 20) / 1000;
const at = (iso: string) => Date.parse(iso) / 1000;

describe('presets', () => {
  it('last 7 days by day is today and the six days before it, whole days', () => {
    const range = presetRange('7d', '1d', NOW);
    expect(range).toEqual({ start: at('2026-03-06T00:00:00Z'), end: NOW });
    expect(bucketCount(range, '1d')).toBe(7);
  });

  it('last 24 hours by hour holds 24 buckets ending with the current hour; by minute 1,440', () => {
    expect(presetRange('24h', '1h', NOW).start).toBe(at('2026-03-11T15:00:00Z'));
    expect(bucketCount(presetRange('24h', '1h', NOW), '1h')).toBe(24);
    expect(bucketCount(presetRange('24h', '1m', NOW), '1m')).toBe(1_440);
  });

  it('this month starts on the 1st; last month is the whole previous month', () => {
    expect(presetRange('month', '1d', NOW)).toEqual({ start: at('2026-03-01T00:00:00Z'), end: NOW });
    expect(presetRange('last-month', '1h', NOW)).toEqual({ start: at('2026-02-01T00:00:00Z'), end: at('2026-03-01T00:00:00Z') });
    expect(bucketCount(presetRange('last-month', '1d', NOW), '1d')).toBe(28);
  });

  it('last month in January is December of the year before', () => {
    const january = Date.UTC(2026, 0, 5) / 1000;
    expect(presetRange('last-month', '1d', january)).toEqual({ start: at('2025-12-01T00:00:00Z'), end: at('2026-01-01T00:00:00Z') });
  });
});

describe('bucket widths', () => {
  it('refuses minute buckets past two days and hour buckets past 92 days, with a hint', () => {
    expect(widthProblem(presetRange('24h', '1m', NOW), '1m')).toBeNull();
    expect(widthProblem(presetRange('7d', '1m', NOW), '1m')).toMatch(/Minute buckets are offered for ranges up to 2 days \(this range would make 10,080 of them\)/);
    expect(widthProblem(presetRange('90d', '1h', NOW), '1h')).toBeNull();
    expect(widthProblem({ start: at('2025-01-01T00:00:00Z'), end: NOW }, '1h')).toMatch(/Hour buckets are offered for ranges up to 92 days/);
  });

  it('refuses a day bucket for a range of a day or less', () => {
    expect(widthProblem(presetRange('24h', '1d', NOW), '1d')).toMatch(/single bar/);
  });

  it('switches to days, else hours, else minutes when the width does not fit', () => {
    expect(fittingWidth(presetRange('90d', '1d', NOW), '1m')).toBe('1d');
    expect(fittingWidth(presetRange('24h', '1h', NOW), '1d')).toBe('1h');
    expect(fittingWidth(presetRange('7d', '1h', NOW), '1h')).toBe('1h');
  });
});

describe('custom ranges', () => {
  it('includes both days and stops at now', () => {
    expect(customRange('2026-03-01', '2026-03-03', NOW)).toEqual({ ok: true, range: { start: at('2026-03-01T00:00:00Z'), end: at('2026-03-04T00:00:00Z') } });
    expect(customRange('2026-03-10', '2026-03-20', NOW)).toEqual({ ok: true, range: { start: at('2026-03-10T00:00:00Z'), end: NOW } });
  });

  it('says what is wrong with a range that cannot be', () => {
    expect(customRange('', '2026-03-03', NOW)).toEqual({ ok: false, error: 'Choose both days of the custom range.' });
    expect(customRange('2026-03-05', '2026-03-03', NOW).ok).toBe(false);
    expect(customRange('2026-04-01', '2026-04-03', NOW)).toMatchObject({ ok: false, error: expect.stringMatching(/future/) });
  });

  it('reads only real days', () => {
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('2026-3-1')).toBeNull();
    expect(parseDay('2026-03-01')).toBe(at('2026-03-01T00:00:00Z'));
  });
});

it('describes a range in words, UTC', () => {
  expect(describeRange(presetRange('last-month', '1d', NOW), NOW)).toBe('1 Feb 2026 – 28 Feb 2026 (UTC)');
  expect(describeRange(presetRange('7d', '1d', NOW), NOW)).toBe('6 Mar 2026 – now (UTC)');
  expect(describeRange(presetRange('24h', '1h', NOW), NOW)).toBe('11 Mar 2026, 15:00 – now (UTC)');
});
