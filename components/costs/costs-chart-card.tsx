'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import type { InsightAnswer } from '@/lib/insights/types';
import { ChartLegend } from '@/components/charts/chart-legend';
import { formatMoney, formatMoneyCompact } from '@/lib/format/money';
import { chartRows, chartSeries, soloHidden, toggleHidden } from '@/components/charts/series-data';
import { cn } from '@/components/ui/cn';
import { Skeleton } from '@/components/ui/states';
import { COST_GROUP_LABELS, COST_TOP_CHOICES } from './costs-url';
import { TopSelect } from '@/components/charts/top-select';

const StackedChart = dynamic(() => import('@/components/charts/stacked-chart'), {
  ssr: false,
  loading: () => <Skeleton className="h-[340px] w-full" />,
});

export interface CostsChartCardProps {
  answer: InsightAnswer;
  hidden: readonly string[];
  rangeText: string;
  updating: boolean;
  onHidden: (hidden: string[]) => void;
  top: number;
  onTop: (top: string) => void;
}

/** Daily cost as stacked bars, one colour per project, line item or key; the legend hides series. */
export function CostsChartCard({ answer, hidden, rangeText, updating, onHidden, top, onTop }: CostsChartCardProps) {
  const series = useMemo(() => chartSeries(answer, 'amount'), [answer]);
  const rows = useMemo(() => chartRows(answer, 'amount'), [answer]);
  const keys = series.map((s) => s.key);
  const shownHidden = hidden.filter((key) => keys.includes(key));
  const currency = answer.currency ?? 'usd';
  const money = (v: number) => formatMoney(v, currency);
  const group = answer.group_by[0] as keyof typeof COST_GROUP_LABELS | undefined;
  const title = `Daily cost${group ? ` by ${COST_GROUP_LABELS[group].toLowerCase()}` : ''}`;

  return (
    <section aria-label="Costs chart" className="border-border bg-card rounded-lg border">
      <header className="border-border flex flex-wrap items-start justify-between gap-3 border-b px-5 py-4">
        <div className="space-y-0.5">
          <h2 className="font-semibold">{title}</h2>
          <p className="text-muted-foreground text-sm">
            {rangeText} · {currency.toUpperCase()} · total {money(answer.totals.amount ?? 0)}
          </p>
        </div>
        <TopSelect value={top} choices={COST_TOP_CHOICES} onChange={onTop} />
      </header>
      <div className={cn('space-y-3 px-5 py-4 transition-opacity', updating && 'opacity-60')} aria-busy={updating || undefined}>
        <ChartLegend
          series={series}
          hidden={shownHidden}
          format={money}
          onToggle={(key) => onHidden(toggleHidden(shownHidden, key, keys))}
          onSolo={(key) => onHidden(soloHidden(shownHidden, key, keys))}
          onShowAll={() => onHidden([])}
        />
        <figure aria-label={`Chart: ${title}, ${rangeText}`} data-buckets={rows.length}>
          <StackedChart
            rows={rows}
            series={series.filter((s) => !shownHidden.includes(s.key))}
            width="1d"
            caption={`Cost (${currency.toUpperCase()})`}
            format={money}
            formatTick={(v) => formatMoneyCompact(v, currency)}
            height={340}
          />
        </figure>
        <p className="text-muted-foreground text-xs">Days in UTC, as OpenAI bills them; today is still counting.</p>
      </div>
    </section>
  );
}
