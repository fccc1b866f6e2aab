'use client';

import { useQuery } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { projectCostsOptions } from '@/lib/queries/project-overview';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/states';
import { formatUsd, summarizeCosts, type CostWindow } from './overview-logic';
import { TopModelsTable } from './top-models-table';

// recharts is large: only pages that draw a chart load it, after the figures.
const DailyCostChart = dynamic(() => import('./daily-cost-chart'), {
  ssr: false,
  loading: () => <Skeleton className="h-[180px] w-full" />,
});

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** This month's and the last 30 days' spend, by day and by model, from the Costs API. */
export function SpendCard({ projectId, range }: { projectId: string; range: CostWindow }) {
  const costs = useQuery(projectCostsOptions(projectId, range));
  const summary = useMemo(() => (costs.data ? summarizeCosts(costs.data, range) : null), [costs.data, range]);
  const month = monthName.format(new Date(range.monthStart * 1000));

  return (
    <Card title="Spend" description="From the Costs API, in US dollars, by UTC day. Today is still counting.">
      {costs.isPending ? (
        <div role="status" aria-label="Loading spend" className="space-y-4">
          <div className="flex gap-10">
            <Skeleton className="h-14 w-40" />
            <Skeleton className="h-14 w-40" />
          </div>
          <Skeleton className="h-[180px] w-full" />
        </div>
      ) : costs.isError ? (
        <ErrorState
          title="The project's spend could not be loaded"
          message={describeError(costs.error)}
          action={<Button variant="secondary" onClick={() => void costs.refetch()}>Try again</Button>}
        />
      ) : summary ? (
        <div className="space-y-6">
          <dl className="flex flex-wrap gap-x-12 gap-y-4">
            <div>
              <dt className="text-muted-foreground text-sm">This month ({month} so far)</dt>
              <dd className="text-3xl font-semibold tracking-tight tabular-nums">{formatUsd(summary.monthToDate)}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground text-sm">Last 30 days</dt>
              <dd className="text-3xl font-semibold tracking-tight tabular-nums">{formatUsd(summary.last30)}</dd>
            </div>
          </dl>
          {summary.last30 === 0 ? (
            <EmptyState title="No spend in the last 30 days">Costs appear here once the project’s keys are used.</EmptyState>
          ) : (
            <>
              <figure aria-label="Daily cost, last 30 days">
                <DailyCostChart data={summary.daily} />
              </figure>
              <TopModelsTable models={summary.models} />
            </>
          )}
        </div>
      ) : null}
    </Card>
  );
}
