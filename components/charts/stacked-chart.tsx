'use client';

import { useMemo } from 'react';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { BucketWidth } from '@/lib/insights/types';
import { ChartTooltip } from './chart-tooltip';
import { formatBucketTick, niceTicks } from './format';
import type { ChartRow, ChartSeries } from './series-data';

/** Past this many buckets, stacked areas replace bars: thousands of thin bars draw slowly and read worse. */
export const MAX_BARS = 120;

export interface StackedChartProps {
  rows: readonly ChartRow[];
  /** The series drawn, largest first (hidden ones already left out). */
  series: readonly ChartSeries[];
  width: BucketWidth;
  /** A value in full, with its unit or currency: tooltips. */
  format: (value: number) => string;
  /** What the values are, said in the tooltip ("Input tokens"). */
  caption?: string;
  /** A short value: the vertical axis. */
  formatTick: (value: number) => string;
  height?: number;
  /** Small charts (overview cards): fewer ticks, no vertical axis line labels crowding. */
  compact?: boolean;
}

/**
 * Series stacked per bucket: bars up to MAX_BARS buckets, areas beyond. Loaded with next/dynamic
 * (recharts is large), so it is this file's default export.
 */
export default function StackedChart({ rows, series, width, format, caption, formatTick, height = 320, compact = false }: StackedChartProps) {
  const data = rows as ChartRow[];
  const bars = rows.length <= MAX_BARS;
  const ticks = useMemo(() => niceTicks(rows.map((r) => r.start), width, compact ? 6 : 10), [rows, width, compact]);
  const margin = { top: 8, right: 8, bottom: 0, left: 0 };
  const axes = (
    <>
      <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
      <XAxis
        dataKey="start"
        ticks={ticks}
        tickFormatter={(start: number) => formatBucketTick(start, width)}
        tickLine={false}
        axisLine={{ stroke: 'var(--border)' }}
        minTickGap={compact ? 24 : 32}
        interval="preserveStartEnd"
        fontSize={12}
        tick={{ fill: 'var(--muted-foreground)' }}
      />
      <YAxis
        tickFormatter={formatTick}
        tickLine={false}
        axisLine={false}
        width={compact ? 52 : 64}
        fontSize={12}
        tick={{ fill: 'var(--muted-foreground)' }}
        tickCount={compact ? 4 : 6}
      />
      <Tooltip
        cursor={bars ? { fill: 'var(--muted)', opacity: 0.6 } : { stroke: 'var(--muted-foreground)', strokeDasharray: '3 3' }}
        isAnimationActive={false}
        content={({ active, payload }) => (active ? <ChartTooltip row={payload?.[0]?.payload as ChartRow | undefined} series={series} width={width} format={format} caption={caption} /> : null)}
      />
    </>
  );
  return bars ? (
    <BarChart data={data} margin={margin} barCategoryGap={rows.length > 60 ? '8%' : '18%'} style={{ width: '100%', height }} responsive>
      {axes}
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.dataKey} name={s.label} stackId="stack" fill={s.color} fillOpacity={s.opacity} isAnimationActive={false} />
      ))}
    </BarChart>
  ) : (
    <AreaChart data={data} margin={margin} style={{ width: '100%', height }} responsive>
      {axes}
      {series.map((s) => (
        <Area
          key={s.key}
          dataKey={s.dataKey}
          name={s.label}
          stackId="stack"
          type="linear"
          stroke={s.color}
          strokeWidth={1}
          fill={s.color}
          fillOpacity={s.opacity * 0.75}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
      ))}
    </AreaChart>
  );
}
