import type { InsightAnswer } from '@/lib/insights/types';

/*
 * The figures above the costs chart and on the overview, from daily costs (UTC days, as the Costs
 * API buckets them): month to date, last month to the same day, and a month-end forecast.
 *
 * Forecast = month to date + (average daily spend of the last 7 complete days) × (days left in the
 * month after today). "Complete" days end before today's UTC midnight; today, still counting, is
 * in the month to date as it stands. With fewer than 7 complete days of history, the average is
 * over the complete days there are; with none, there is no forecast.
 */

const DAY = 86_400;
export const FORECAST_DAYS = 7;

export interface DailyCost {
  /** UTC midnight, Unix seconds. */
  day: number;
  amount: number;
}

export interface CostSummary {
  monthStart: number;
  today: number;
  monthToDate: number;
  /** Last month from its 1st to the same day of the month (or its last day, when shorter), whole days. */
  lastMonthToDate: number;
  lastMonthStart: number;
  lastMonthThrough: number;
  /** (this − last) / last; null when last month had nothing to compare with. */
  change: number | null;
  forecast: Forecast | null;
}

export interface Forecast {
  amount: number;
  dailyAverage: number;
  /** The complete days averaged: first and last (UTC midnights) and how many. */
  averageFrom: number;
  averageThrough: number;
  averageDays: number;
  /** Days after today until the month ends. */
  daysLeft: number;
  monthEnd: number;
}

const utcMidnight = (unix: number) => Math.floor(unix / DAY) * DAY;
const monthOf = (unix: number, offset = 0) => {
  const date = new Date(unix * 1000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1) / 1000;
};

/** The days the summary needs: from the 1st of last month (or 7 days back, if earlier) to now. */
export function summaryRange(now: number): { start: number; end: number } {
  const today = utcMidnight(now);
  return { start: Math.min(monthOf(now, -1), today - FORECAST_DAYS * DAY), end: now };
}

/** Daily totals from a costs answer (every series summed per bucket). */
export function dailyCosts(answer: Pick<InsightAnswer, 'buckets'>): DailyCost[] {
  return answer.buckets.map((bucket) => ({
    day: bucket.start,
    amount: Object.values(bucket.values).reduce((sum, measures) => sum + (measures.amount ?? 0), 0),
  }));
}

export function summarizeCosts(days: readonly DailyCost[], now: number): CostSummary {
  const today = utcMidnight(now);
  const monthStart = monthOf(now);
  const nextMonth = monthOf(now, 1);
  const lastMonthStart = monthOf(now, -1);
  const dayOfMonth = (today - monthStart) / DAY; // 0 on the 1st
  const lastMonthThrough = Math.min(lastMonthStart + dayOfMonth * DAY, monthStart - DAY);
  const sum = (from: number, through: number) => days.filter((d) => d.day >= from && d.day <= through).reduce((s, d) => s + d.amount, 0);

  const monthToDate = sum(monthStart, today);
  const lastMonthToDate = sum(lastMonthStart, lastMonthThrough);
  const complete = days.filter((d) => d.day < today && d.day >= today - FORECAST_DAYS * DAY);
  const known = new Set(days.map((d) => d.day));
  // Days inside the window the answer has no bucket for (before the organization existed) are not averaged.
  const averageDays = Array.from({ length: FORECAST_DAYS }, (_, i) => today - (i + 1) * DAY).filter((d) => known.has(d)).length;
  let forecast: Forecast | null = null;
  if (averageDays > 0) {
    const dailyAverage = complete.reduce((s, d) => s + d.amount, 0) / averageDays;
    const daysLeft = (nextMonth - today) / DAY - 1;
    forecast = {
      amount: monthToDate + dailyAverage * daysLeft,
      dailyAverage,
      averageFrom: today - averageDays * DAY,
      averageThrough: today - DAY,
      averageDays,
      daysLeft,
      monthEnd: nextMonth - DAY,
    };
  }
  return {
    monthStart,
    today,
    monthToDate,
    lastMonthToDate,
    lastMonthStart,
    lastMonthThrough,
    change: lastMonthToDate > 0 ? (monthToDate - lastMonthToDate) / lastMonthToDate : null,
    forecast,
  };
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const day = (unix: number) => dayMonth.format(new Date(unix * 1000));
const span = (from: number, through: number) => (from === through ? day(from) : `${day(from)} – ${day(through)}`);

/** The forecast's arithmetic in words, with the numbers it used (for the hover explanation). */
export function forecastExplanation(summary: CostSummary, money: (amount: number) => string): string {
  const f = summary.forecast;
  if (!f) return 'No forecast yet: there is no complete day of spend to average.';
  const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
  const left = f.daysLeft === 0 ? 'no days left after today' : `${days(f.daysLeft)} left after today (${span(summary.today + 86_400, f.monthEnd)})`;
  return [
    `Month to date ${money(summary.monthToDate)} (${span(summary.monthStart, summary.today)}, today so far)`,
    `+ average daily spend of the last ${f.averageDays === 1 ? 'complete day' : `${f.averageDays} complete days`} (${span(f.averageFrom, f.averageThrough)}: ${money(f.dailyAverage)} a day)`,
    `× ${left}`,
    `= ${money(f.amount)}.`,
  ].join(' ');
}

/** What "last month to the same day" compared, in words. */
export function comparisonExplanation(summary: CostSummary, money: (amount: number) => string): string {
  return `${span(summary.lastMonthStart, summary.lastMonthThrough)}: ${money(summary.lastMonthToDate)}, whole days. This month (${span(summary.monthStart, summary.today)}) includes today so far.`;
}
