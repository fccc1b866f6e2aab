import { describe, expect, it } from 'vitest';
import { dayStart, formatRelative, localDay } from './dates';

const now = new Date(2026, 2, 10, 12, 0, 0).getTime();
const ago = (ms: number) => (now - ms) / 1000;

describe('formatRelative', () => {
  it('says days, months and years by default (members, keys, projects)', () => {
    expect(formatRelative(ago(3 * 3_600_000), now)).toBe('today');
    expect(formatRelative(ago(30 * 3_600_000), now)).toBe('yesterday');
    expect(formatRelative(ago(45 * 86_400_000), now)).toBe('45 days ago');
    expect(formatRelative(ago(90 * 86_400_000), now)).toBe('2 months ago');
    expect(formatRelative(null, now)).toBe('never');
  });

  it('with `precise` (logs): minutes and hours, then days, then the date', () => {
    const log = (ms: number) => formatRelative(ago(ms), now, { precise: true });
    expect(log(20_000)).toBe('just now');
    expect(log(5 * 60_000)).toBe('5 min ago');
    expect(log(3 * 3_600_000)).toBe('3 h ago');
    expect(log(30 * 3_600_000)).toBe('yesterday');
    expect(log(4 * 86_400_000)).toBe('4 days ago');
    expect(log(90 * 86_400_000)).toMatch(/2025$/);
  });
});

describe('days of date filters (viewer’s time zone)', () => {
  it('reads and writes YYYY-MM-DD', () => {
    expect(localDay(now)).toBe('2026-03-10');
    expect(dayStart('2026-03-10')).toBe(new Date(2026, 2, 10).getTime() / 1000);
    expect(dayStart('2026-03-10', 1)).toBe(new Date(2026, 2, 11).getTime() / 1000);
    expect(dayStart('10/03/2026')).toBeUndefined();
  });
});
