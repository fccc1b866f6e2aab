'use client';

import { useQuery } from '@tanstack/react-query';
import { ArrowDownRight, ArrowUpRight } from 'lucide-react';
import { useMemo, type ReactNode } from 'react';
import { costsOptions } from '@/lib/queries/insights';
import { Explained } from '@/components/charts/explain';
import { formatChange } from '@/components/charts/format';
import { formatMoney } from '@/lib/format/money';
import { InsightError } from '@/components/charts/insight-error';
import { Skeleton } from '@/components/ui/states';
import { comparisonExplanation, dailyCosts, forecastExplanation, summarizeCosts, summaryRange, type CostSummary } from './cost-summary';

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const day = (unix: number) => dayMonth.format(new Date(unix * 1000));

function Figure({ term, value, detail }: { term: string; value: string; detail: ReactNode }) {
  return (
    <div className="space-y-1 pr-6">
      <dt className="text-muted-foreground text-sm">{term}</dt>
      <dd className="text-3xl font-semibold tracking-tight tabular-nums">{value}</dd>
      <dd className="text-muted-foreground text-sm">{detail}</dd>
    </div>
  );
}

/** "▲ +12.5% against last month to the same day" (or nothing to compare with). */
export function ChangeLine({ summary }: { summary: CostSummary }) {
  if (summary.change === null) return <>No spend last month to compare with.</>;
  const up = summary.change >= 0;
  const Icon = up ? ArrowUpRight : ArrowDownRight;
  return (
    <span>
      <Icon className={up ? 'text-warning-fg inline size-4 align-[-3px]' : 'inline size-4 align-[-3px] text-emerald-600 dark:text-emerald-400'} aria-hidden />{' '}
      <span className="text-foreground font-medium tabular-nums">{formatChange(summary.change)}</span> against last month to the same day
    </span>
  );
}

/** Month to date, last month to the same day and the month-end forecast, for the projects chosen (or all). */
export function CostsSummary({ now, projectIds }: { now: number; projectIds: readonly string[] }) {
  const range = summaryRange(now);
  const query = useQuery(costsOptions({ ...range, projectIds }));
  const summary = useMemo(() => (query.data ? summarizeCosts(dailyCosts(query.data), now) : null), [query.data, now]);
  const money = (amount: number) => formatMoney(amount, query.data?.currency);

  return (
    <section aria-label="This month" className="border-border bg-card mb-6 rounded-lg border px-5 py-4">
      {query.isError ? (
        <InsightError title="This month’s spend could not be loaded" error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} compact />
      ) : !summary ? (
        <div role="status" aria-label="Loading this month’s spend" className="grid gap-6 sm:grid-cols-3">
          {[0, 1, 2].map((i) => (
            <div key={i} className="space-y-2">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-8 w-40" />
              <Skeleton className="h-4 w-48" />
            </div>
          ))}
        </div>
      ) : (
        <dl className="grid gap-6 sm:grid-cols-3">
          <Figure term={`Month to date (${day(summary.monthStart)} – ${day(summary.today)})`} value={money(summary.monthToDate)} detail={<ChangeLine summary={summary} />} />
          <Explained label="How last month to the same day is counted" explanation={comparisonExplanation(summary, money)}>
            <Figure term="Last month to the same day" value={money(summary.lastMonthToDate)} detail={`${day(summary.lastMonthStart)} – ${day(summary.lastMonthThrough)}, whole days`} />
          </Explained>
          <Explained label="How the forecast is made" explanation={<><p className="mb-1 font-medium">Month-end forecast</p><p>{forecastExplanation(summary, money)}</p></>}>
            <Figure
              term={`Forecast for ${monthName.format(new Date(summary.monthStart * 1000))}`}
              value={summary.forecast ? money(summary.forecast.amount) : '—'}
              detail={summary.forecast ? `${money(summary.forecast.dailyAverage)} a day (last ${summary.forecast.averageDays} complete days) for ${summary.forecast.daysLeft} more days` : 'Needs one complete day of spend.'}
            />
          </Explained>
        </dl>
      )}
    </section>
  );
}
