'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import type { InsightAnswer } from '@/lib/insights/types';
import { ChartLegend } from '@/components/charts/chart-legend';
import { formatDateTime } from '@/lib/format/dates';
import { formatMeasure, formatMeasureTick } from '@/components/charts/format';
import { chartRows, chartSeries, soloHidden, toggleHidden } from '@/components/charts/series-data';
import { Skeleton } from '@/components/ui/states';
import { cn } from '@/components/ui/cn';
import { groupWords, measureSpec } from './usage-catalog';
import { tableMeasures } from './usage-totals';
import { TOP_CHOICES } from './usage-url';
import { TopSelect } from '@/components/charts/top-select';

// recharts is large: only the pages that draw a chart load it, after their figures.
const StackedChart = dynamic(() => import('@/components/charts/stacked-chart'), {
  ssr: false,
  loading: () => <Skeleton className="h-[340px] w-full" />,
});

const joinWords = (words: string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

/** "Input tokens by project and model". */
export function chartTitle(measure: string, groupBy: readonly string[]) {
  const what = measureSpec(measure).label;
  return groupBy.length ? `${what} by ${joinWords(groupBy.map((f) => groupWords(f)))}` : what;
}

export interface UsageChartCardProps {
  answer: InsightAnswer;
  measure: string;
  hidden: readonly string[];
  rangeText: string;
  /** A newer answer is on its way (the chart shown is the previous one). */
  updating: boolean;
  onMeasure: (measure: string) => void;
  top: number;
  onTop: (top: string) => void;
  onHidden: (hidden: string[]) => void;
}

/** The stacked chart of one measure, with its legend (which hides series) and what it covers. */
export function UsageChartCard({
  answer,
  measure,
  hidden,
  rangeText,
  updating,
  onMeasure,
  top,
  onTop,
  onHidden,
}: UsageChartCardProps) {
  const series = useMemo(() => chartSeries(answer, measure), [answer, measure]);
  const rows = useMemo(() => chartRows(answer, measure), [answer, measure]);
  const keys = series.map((s) => s.key);
  const shownHidden = hidden.filter((key) => keys.includes(key));
  const drawn = series.filter((s) => !shownHidden.includes(s.key));
  const unit = measureSpec(measure);
  const open = answer.buckets.at(-1) && (answer.buckets.at(-1)?.end ?? 0) > answer.as_of;

  return (
    <section aria-label="Usage chart" className="border-border bg-card rounded-lg border">
      <header className="border-border flex flex-wrap items-start justify-between gap-3 border-b px-5 py-4">
        <div className="space-y-0.5">
          <h2 className="font-semibold">{chartTitle(measure, answer.group_by)}</h2>
          <p className="text-muted-foreground text-sm">{rangeText}</p>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <label className="text-muted-foreground flex items-center gap-2 text-sm">
            Chart shows
            <select
              aria-label="Measure shown"
              value={measure}
              onChange={(event) => onMeasure(event.target.value)}
              className="border-input bg-card text-foreground h-9 rounded-md border px-2 text-sm"
            >
              {tableMeasures(answer).map((m) => (
                <option key={m} value={m}>
                  {measureSpec(m).label}
                </option>
              ))}
            </select>
          </label>
          <TopSelect value={top} choices={TOP_CHOICES} onChange={onTop} />
        </div>
      </header>
      <div
        className={cn('space-y-3 px-5 py-4 transition-opacity', updating && 'opacity-60')}
        aria-busy={updating || undefined}
      >
        <ChartLegend
          series={series}
          hidden={shownHidden}
          format={(v) => formatMeasure(measure, v)}
          onToggle={(key) => onHidden(toggleHidden(shownHidden, key, keys))}
          onSolo={(key) => onHidden(soloHidden(shownHidden, key, keys))}
          onShowAll={() => onHidden([])}
        />
        <figure
          aria-label={`Chart: ${chartTitle(measure, answer.group_by)}, ${rangeText}`}
          data-buckets={rows.length}
          data-series={drawn.length}
        >
          <StackedChart
            rows={rows}
            series={drawn}
            width={answer.width}
            caption={unit.label}
            format={(v) => formatMeasure(measure, v)}
            formatTick={(v) => formatMeasureTick(measure, v)}
            height={340}
          />
        </figure>
        <p className="text-muted-foreground text-xs">
          Buckets in UTC.{open ? ' The last bucket is still counting.' : ''} Read{' '}
          {formatDateTime(answer.as_of)}; {answer.source.cached_buckets.toLocaleString('en-US')}{' '}
          buckets from the console’s store, {answer.source.fetched_buckets.toLocaleString('en-US')}{' '}
          fetched ({answer.source.upstream_requests.toLocaleString('en-US')} upstream{' '}
          {answer.source.upstream_requests === 1 ? 'request' : 'requests'}).
        </p>
      </div>
    </section>
  );
}
