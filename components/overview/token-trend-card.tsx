'use client';

import { useQuery } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { usageOptions } from '@/lib/queries/insights';
import { formatChange, formatCompact, formatCount } from '@/components/charts/format';
import { Skeleton } from '@/components/ui/states';
import { BigFigure, FigureCard } from './figure-card';
import { last60Days, tokenTrend } from './spend-figures';

const StackedChart = dynamic(() => import('@/components/charts/stacked-chart'), { ssr: false, loading: () => <Skeleton className="h-[150px] w-full" /> });

/** Completions tokens (input and output) per day over the last 30 days, against the 30 days before. */
export function TokenTrendCard({ now }: { now: number }) {
  const range = last60Days(now);
  const query = useQuery(usageOptions(new URLSearchParams({ type: 'completions', start: String(range.start), end: String(range.end), width: '1d' })));
  return (
    <FigureCard title="Token trend" description="Completions, last 30 days, input and output tokens by UTC day." link={{ href: '/usage?type=completions&range=30d&width=1d', label: 'Usage' }} query={query}>
      {(answer) => {
        const trend = tokenTrend(answer, now);
        return (
          <>
            <BigFigure value={`${formatCompact(trend.total)} tokens`}>
              <span title={`${formatCount(trend.total)} tokens: ${formatCount(trend.input)} input, ${formatCount(trend.output)} output`}>
                {trend.change === null ? 'None in the 30 days before to compare with.' : `${formatChange(trend.change)} against the 30 days before`}
              </span>
            </BigFigure>
            <p className="text-muted-foreground mb-1 flex gap-4 text-xs" aria-hidden>
              {trend.series.map((s) => (
                <span key={s.key} className="flex items-center gap-1.5">
                  <span className="size-2.5 rounded-sm" style={{ background: s.color }} />
                  {s.label}
                </span>
              ))}
            </p>
            <figure aria-label="Tokens per day, last 30 days">
              <StackedChart rows={trend.rows} series={trend.series} width="1d" format={formatCount} formatTick={formatCompact} caption="Tokens" height={150} compact />
            </figure>
          </>
        );
      }}
    </FigureCard>
  );
}
