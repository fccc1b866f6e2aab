'use client';

import { useQuery } from '@tanstack/react-query';
import { RefreshCw } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { costsOptions } from '@/lib/queries/insights';
import { InsightError } from '@/components/charts/insight-error';
import { dayText, describeRange } from '@/components/charts/time-range';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, Skeleton, TableSkeleton } from '@/components/ui/states';
import { useUrlState } from '@/components/ui/use-url-state';
import { CostsChartCard } from './costs-chart-card';
import { CostsControls } from './costs-controls';
import { CostsSummary } from './costs-summary';
import { CostsTable } from './costs-table';
import { COSTS_URL_KEYS, costsRange, DAYS_PAGE_PARAM, readCostsUrl, type CostsUrl } from './costs-url';

const currentMinute = () => Math.floor(Date.now() / 60_000) * 60;

/** /costs: this month's figures, daily cost by project, line item or key, its table, then budgets. */
export function CostsView({ budgets }: { budgets: ReactNode }) {
  const [url, setView] = useUrlState([...COSTS_URL_KEYS, DAYS_PAGE_PARAM]);
  // Any change of range, grouping or filter shows the by-day table from its first page.
  const setUrl = (changes: Partial<CostsUrl>) => setView({ ...changes, [DAYS_PAGE_PARAM]: '' });
  const state = readCostsUrl(url);
  const [now, setNow] = useState(currentMinute);
  const resolved = costsRange(state, now);
  const query = useQuery({
    ...costsOptions({ ...(resolved.ok ? resolved.range : { start: 0, end: 1 }), groupBy: state.group, projectIds: state.projects, top: state.top }, { keepPrevious: true }),
    enabled: resolved.ok,
  });
  const answer = resolved.ok ? query.data : undefined;
  const rangeText = resolved.ok ? describeRange(resolved.range, now) : '';

  return (
    <>
      <PageHeader
        title="Costs"
        description="What the organization spent, from OpenAI’s Costs API, by UTC day."
        actions={
          <Button variant="secondary" size="sm" pending={query.isFetching && !query.isPending} onClick={() => setNow(currentMinute())}>
            <RefreshCw className="size-4" aria-hidden />
            Refresh
          </Button>
        }
      />
      <CostsSummary now={now} projectIds={state.projects} />
      <CostsControls state={state} range={resolved.ok ? resolved.range : null} today={dayText(now)} onChange={setUrl} />
      <div className="space-y-8">
        {!resolved.ok ? (
          <EmptyState title="Choose a range">{resolved.error}</EmptyState>
        ) : query.isError && !query.isFetching ? (
          <InsightError title="Costs could not be loaded" error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
        ) : query.isError || !answer ? (
          <div role="status" aria-label="Loading costs" className="space-y-6">
            <div className="border-border space-y-3 rounded-lg border p-5">
              <Skeleton className="h-5 w-56" />
              <Skeleton className="h-4 w-80" />
              <Skeleton className="h-[340px] w-full" />
            </div>
            <TableSkeleton label="Loading the costs table" rows={5} />
          </div>
        ) : !answer.totals.amount ? (
          <EmptyState title={state.projects.length ? 'No costs for these projects in this range' : 'No costs in this range'}>
            {rangeText}. {state.projects.length ? 'Choose other projects or a longer range.' : 'Choose a longer range.'}
          </EmptyState>
        ) : (
          <>
            <CostsChartCard answer={answer} hidden={state.hidden} rangeText={rangeText} updating={query.isPlaceholderData} onHidden={(keys) => setUrl({ hide: keys.join(',') })} top={state.top} onTop={(top) => setUrl({ top, hide: '' })} />
            <CostsTable answer={answer} view={state.table} hidden={state.hidden} onView={(table) => setUrl({ table: table === 'series' ? '' : table })} />
          </>
        )}
        {budgets}
      </div>
    </>
  );
}
