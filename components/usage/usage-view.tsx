'use client';

import { useQuery } from '@tanstack/react-query';
import { RefreshCw } from 'lucide-react';
import { useState } from 'react';
import { usageOptions } from '@/lib/queries/insights';
import { InsightError } from '@/components/charts/insight-error';
import { dayText, describeRange, fittingWidth, WIDTH_LABELS } from '@/components/charts/time-range';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, Skeleton, TableSkeleton } from '@/components/ui/states';
import { useUrlState } from '@/components/ui/use-url-state';
import { USAGE_TYPE_LABELS } from './usage-catalog';
import { UsageChartCard } from './usage-chart-card';
import { UsageControls } from './usage-controls';
import { tableMeasures } from './usage-totals';
import { UsageTotalsTable } from './usage-totals-table';
import { readUsageUrl, resolveRange, USAGE_URL_KEYS, usageSearch } from './usage-url';

const currentMinute = () => Math.floor(Date.now() / 60_000) * 60;

/** /usage: one usage type over a range, stacked by the chosen groups, with its totals. The view lives in the URL. */
export function UsageView() {
  const [url, setUrl] = useUrlState(USAGE_URL_KEYS);
  const state = readUsageUrl(url);
  // One "now" per visit (to the minute), so ranges ending now ask the same thing until Refresh.
  const [now, setNow] = useState(currentMinute);
  const resolved = resolveRange(state, now);
  const ready = resolved.ok && !resolved.widthProblem;
  const search = resolved.ok ? usageSearch(state, resolved.range) : new URLSearchParams();
  const query = useQuery(usageOptions(search, { enabled: ready }));
  const answer = ready ? query.data : undefined;
  const measures = answer ? tableMeasures(answer) : [];
  const measure = measures.includes(state.measure) ? state.measure : (measures[0] ?? '');
  const typeName = USAGE_TYPE_LABELS[state.type];
  const filtered = Object.keys(state.filters).length > 0;
  const empty = answer && (answer.series.length === 0 || Object.values(answer.totals).every((v) => !v));

  return (
    <>
      <PageHeader
        title="Usage"
        description="What the organization’s projects, people and keys used, from OpenAI’s Usage API, in UTC buckets."
        actions={
          <Button variant="secondary" size="sm" pending={query.isFetching && !query.isPending} onClick={() => setNow(currentMinute())}>
            <RefreshCw className="size-4" aria-hidden />
            Refresh
          </Button>
        }
      />
      <UsageControls state={state} range={resolved.ok ? resolved.range : null} now={now} today={dayText(now)} onChange={setUrl} />

      {!resolved.ok ? (
        <EmptyState title="Choose a range">{resolved.error}</EmptyState>
      ) : resolved.widthProblem ? (
        <EmptyState title={`${WIDTH_LABELS[state.width]} buckets do not suit this range`} action={<Button onClick={() => setUrl({ width: fittingWidth(resolved.range, state.width) })}>Use {WIDTH_LABELS[fittingWidth(resolved.range, state.width)].toLowerCase()} buckets</Button>}>
          {resolved.widthProblem}
        </EmptyState>
      ) : query.isError && !query.isFetching ? (
        <InsightError title={`${typeName} usage could not be loaded`} error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
      ) : query.isError || !answer ? (
        <div role="status" aria-label="Loading usage" className="space-y-6">
          <div className="border-border space-y-3 rounded-lg border p-5">
            <Skeleton className="h-5 w-64" />
            <Skeleton className="h-4 w-96" />
            <Skeleton className="h-[340px] w-full" />
          </div>
          <TableSkeleton label="Loading totals" rows={5} />
        </div>
      ) : empty ? (
        <EmptyState title={`No ${typeName.toLowerCase()} usage ${filtered ? 'matches these filters' : 'in this range'}`}>
          {describeRange(resolved.range, now)}. {filtered ? 'Clear a filter or widen the range.' : 'Choose a longer range or another usage type.'}
        </EmptyState>
      ) : (
        <div className="space-y-8">
          <UsageChartCard
            answer={answer}
            measure={measure}
            hidden={state.hidden}
            rangeText={describeRange(resolved.range, now)}
            updating={query.isPlaceholderData}
            onMeasure={(m) => setUrl({ measure: m })}
            top={state.top}
            onTop={(top) => setUrl({ top, hide: '' })}
            onHidden={(keys) => setUrl({ hide: keys.join(',') })}
          />
          <UsageTotalsTable answer={answer} measure={measure} hidden={state.hidden} what={`usage-${state.type.replace(/_/g, '-')}`} />
        </div>
      )}
    </>
  );
}
