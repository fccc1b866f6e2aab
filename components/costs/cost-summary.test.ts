import { describe, expect, it } from 'vitest';
import { testAnswer } from '@/components/charts/test-answer';
import { formatMoney } from '@/components/charts/format';
import { comparisonExplanation, dailyCosts, forecastExplanation, summarizeCosts, summaryRange, type DailyCost } from './cost-summary';

const DAY = 86_400;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 1000;
// Thursday 12 March 2026, 14:35 UTC.
const NOW = Date.UTC(2026, 2, 12, 14, 35) / 1000;

/** Every day from 1 Feb to today: $10 a day in February, $20 a day in March (today $5 so far). */
function days(): DailyCost[] {
  const out: DailyCost[] = [];
  for (let d = day('2026-02-01'); d <= day('2026-03-12'); d += DAY)
    out.push({ day: d, amount: d === day('2026-03-12') ? 5 : d < day('2026-03-01') ? 10 : 20 });
  return out;
}

describe('the month so far and last month to the same day', () => {
  const summary = summarizeCosts(days(), NOW);
  it('sums this month including today, and last month 1–12 Feb as whole days', () => {
    expect(summary.monthToDate).toBe(11 * 20 + 5);
    expect(summary.lastMonthToDate).toBe(12 * 10);
    expect(summary.change).toBeCloseTo((225 - 120) / 120);
    expect(comparisonExplanation(summary, formatMoney)).toBe('1 Feb – 12 Feb: $120.00, whole days. This month (1 Mar – 12 Mar) includes today so far.');
  });

  it('compares the 31st with the last day of a shorter month', () => {
    const march31 = Date.UTC(2026, 2, 31, 9) / 1000;
    const s = summarizeCosts([{ day: day('2026-02-28'), amount: 7 }, { day: day('2026-03-31'), amount: 3 }], march31);
    expect(s.lastMonthThrough).toBe(day('2026-02-28'));
    expect(s.lastMonthToDate).toBe(7);
  });

  it('has no change to show when last month had no spend', () => {
    expect(summarizeCosts([{ day: day('2026-03-02'), amount: 4 }], NOW).change).toBeNull();
  });
});

describe('the month-end forecast', () => {
  it('is month to date + the last 7 complete days’ average × the days left after today', () => {
    const summary = summarizeCosts(days(), NOW);
    expect(summary.forecast).toMatchObject({ dailyAverage: 20, averageDays: 7, averageFrom: day('2026-03-05'), averageThrough: day('2026-03-11'), daysLeft: 19 });
    expect(summary.forecast?.amount).toBe(225 + 20 * 19);
    expect(forecastExplanation(summary, formatMoney)).toBe(
      'Month to date $225.00 (1 Mar – 12 Mar, today so far) + average daily spend of the last 7 complete days (5 Mar – 11 Mar: $20.00 a day) × 19 days left after today (13 Mar – 31 Mar) = $605.00.',
    );
  });

  it('early in a month averages days of the month before', () => {
    const march2 = Date.UTC(2026, 2, 2, 8) / 1000;
    const summary = summarizeCosts(days().filter((d) => d.day <= day('2026-03-02')), march2);
    // 24 Feb – 1 Mar: six days at $10 and one at $20.
    expect(summary.forecast?.dailyAverage).toBeCloseTo(80 / 7);
    expect(summary.forecast?.daysLeft).toBe(29);
  });

  it('averages the complete days there are, and has none on the first day of history', () => {
    const young = [{ day: day('2026-03-10'), amount: 6 }, { day: day('2026-03-11'), amount: 8 }, { day: day('2026-03-12'), amount: 1 }];
    expect(summarizeCosts(young, NOW).forecast).toMatchObject({ dailyAverage: 7, averageDays: 2 });
    const summary = summarizeCosts([{ day: day('2026-03-12'), amount: 1 }], NOW);
    expect(summary.forecast).toBeNull();
    expect(forecastExplanation(summary, formatMoney)).toMatch(/No forecast yet/);
  });

  it('on the last day of the month is the month to date', () => {
    const last = Date.UTC(2026, 2, 31, 12) / 1000;
    const summary = summarizeCosts([{ day: day('2026-03-30'), amount: 3 }, { day: day('2026-03-31'), amount: 2 }], last);
    expect(summary.forecast).toMatchObject({ daysLeft: 0, amount: 5 });
    expect(forecastExplanation(summary, formatMoney)).toContain('× no days left after today = $5.00.');
  });
});

it('reads daily totals from a costs answer and asks for enough days', () => {
  const answer = testAnswer(
    [{ key: 'a', label: 'A', group: { project_id: 'a' } }, { key: 'b', label: 'B', group: { project_id: 'b' } }],
    [{ a: { amount: 1.5 }, b: { amount: 2 } }, {}],
    { measures: ['amount'], kind: 'costs', currency: 'usd' },
  );
  expect(dailyCosts(answer)).toEqual([{ day: answer.start, amount: 3.5 }, { day: answer.start + DAY, amount: 0 }]);
  expect(summaryRange(NOW)).toEqual({ start: day('2026-02-01'), end: NOW });
  expect(summaryRange(Date.UTC(2026, 2, 3) / 1000).start).toBe(day('2026-02-01'));
});
