'use client';

import { useQuery } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { useCallback } from 'react';
import type { InsightAnswer } from '@/lib/insights/types';
import { costsOptions } from '@/lib/queries/insights';
import { formatMoney, formatMoneyCompact } from '@/components/charts/format';
import { chartRows, chartSeries } from '@/components/charts/series-data';
import { Skeleton } from '@/components/ui/states';
import { dailyCosts, forecastExplanation, summarizeCosts } from '@/components/costs/cost-summary';
import { ChangeLine } from '@/components/costs/costs-summary';
import { BigFigure, FigureCard } from './figure-card';
import { costsFrom, last30Days, overviewCostsRange } from './spend-figures';

const StackedChart = dynamic(() => import('@/components/charts/stacked-chart'), { ssr: false, loading: () => <Skeleton className="h-[150px] w-full" /> });
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/*
 * Both cards read one answer: ungrouped daily costs over the union of their ranges
 * (overviewCostsRange), so the engine is asked once. The month summary sums the days it needs; the
 * daily card keeps the last 30.
 */

/** Month to date, the change against last month to the same day, and the month-end forecast. */
export function MonthSpendCard({ now }: { now: number }) {
  const query = useQuery(costsOptions(overviewCostsRange(now)));
  return (
    <FigureCard title="Spend this month" description="Costs API, UTC days; today is still counting." link={{ href: '/costs', label: 'Costs' }} query={query}>
      {(answer) => {
        const summary = summarizeCosts(dailyCosts(answer), now);
        const money = (v: number) => formatMoney(v, answer.currency);
        return (
          <>
            <BigFigure value={money(summary.monthToDate)}>
              <ChangeLine summary={summary} />
            </BigFigure>
            <dl className="text-sm">
              <div className="flex justify-between gap-3">
                <dt className="text-muted-foreground">Last month to the same day</dt>
                <dd className="tabular-nums">{money(summary.lastMonthToDate)}</dd>
              </div>
              <div className="flex justify-between gap-3" title={forecastExplanation(summary, money)}>
                <dt className="text-muted-foreground underline decoration-dotted underline-offset-4">Forecast for {monthName.format(new Date(summary.monthStart * 1000))}</dt>
                <dd className="tabular-nums">{summary.forecast ? money(summary.forecast.amount) : '—'}</dd>
              </div>
            </dl>
            {summary.forecast && summary.forecast.amount > 0 && <MonthProgress spent={summary.monthToDate} forecast={summary.forecast.amount} day={(summary.today - summary.monthStart) / 86_400 + 1} days={(summary.forecast.monthEnd - summary.monthStart) / 86_400 + 1} />}
          </>
        );
      }}
    </FigureCard>
  );
}

/** How far into the month we are, against how much of the forecast is spent. */
function MonthProgress({ spent, forecast, day, days }: { spent: number; forecast: number; day: number; days: number }) {
  const share = Math.min(1, spent / forecast);
  return (
    <div className="mt-4 space-y-1.5">
      <div className="bg-muted relative h-2 overflow-hidden rounded-full" aria-hidden>
        <div className="bg-primary h-full rounded-full" style={{ width: `${share * 100}%` }} />
        <div className="bg-foreground/60 absolute top-0 h-full w-0.5" style={{ left: `${(day / days) * 100}%` }} />
      </div>
      <p className="text-muted-foreground text-xs">
        {Math.round(share * 100)}% of the forecast spent on day {day} of {days}
      </p>
    </div>
  );
}

/** Daily cost over the last 30 days: one bar a day. */
export function DailyCostCard({ now }: { now: number }) {
  const from = last30Days(now).start;
  const select = useCallback((answer: InsightAnswer) => costsFrom(answer, from), [from]);
  const query = useQuery({ ...costsOptions(overviewCostsRange(now)), select });
  return (
    <FigureCard title="Daily cost, last 30 days" description="All projects, by UTC day." link={{ href: '/costs?range=30d', label: 'By project' }} query={query}>
      {(answer) => {
        const money = (v: number) => formatMoney(v, answer.currency);
        const series = chartSeries(answer, 'amount').map((s) => ({ ...s, label: 'Cost', color: 'var(--primary)', opacity: 0.85 }));
        const days = Math.max(1, answer.buckets.length);
        return (
          <>
            <BigFigure value={money(answer.totals.amount ?? 0)}>{money((answer.totals.amount ?? 0) / days)} a day on average</BigFigure>
            <figure aria-label="Daily cost, last 30 days">
              <StackedChart rows={chartRows(answer, 'amount')} series={series} width="1d" format={money} formatTick={(v) => formatMoneyCompact(v, answer.currency)} caption={`Cost (${(answer.currency ?? 'usd').toUpperCase()})`} height={150} compact />
            </figure>
          </>
        );
      }}
    </FigureCard>
  );
}
