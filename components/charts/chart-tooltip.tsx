'use client';

import type { BucketWidth } from '@/lib/insights/types';
import { formatBucket } from './format';
import { rowTotal, type ChartRow, type ChartSeries } from './series-data';

const LISTED = 12;

export interface ChartTooltipProps {
  row: ChartRow | undefined;
  series: readonly ChartSeries[];
  width: BucketWidth;
  format: (value: number) => string;
  /** What the values are ("Input tokens", "Cost in USD"), under the bucket's time. */
  caption?: string;
}

/** One bucket in words: when, each series' value (largest first, zeros left out) and the total. */
export function ChartTooltip({ row, series, width, format, caption }: ChartTooltipProps) {
  if (!row) return null;
  const values = series
    .map((s) => ({ series: s, value: row[s.dataKey] ?? 0 }))
    .filter((entry) => entry.value !== 0)
    .sort((a, b) => b.value - a.value);
  const more = values.length - LISTED;
  return (
    <div className="border-border bg-card text-foreground min-w-56 max-w-80 rounded-md border px-3 py-2 text-xs shadow-lg">
      <p className="font-medium">{formatBucket(row.start, row.end, width)}</p>
      {caption && <p className="text-muted-foreground">{caption}</p>}
      <div className="mb-1.5" />
      {values.length === 0 ? (
        <p className="text-muted-foreground">Nothing in this bucket.</p>
      ) : (
        <ul className="space-y-0.5">
          {values.slice(0, LISTED).map(({ series: s, value }) => (
            <li key={s.key} className="flex items-center gap-2">
              <span className="size-2.5 shrink-0 rounded-sm" style={{ background: s.color, opacity: s.opacity }} aria-hidden />
              <span className="min-w-0 flex-1 truncate">{s.label}</span>
              <span className="tabular-nums">{format(value)}</span>
            </li>
          ))}
          {more > 0 && <li className="text-muted-foreground">and {more} more</li>}
        </ul>
      )}
      {series.length > 1 && (
        <p className="border-border mt-1.5 flex justify-between gap-4 border-t pt-1.5 font-medium">
          <span>Total</span>
          <span className="tabular-nums">{format(rowTotal(row, series))}</span>
        </p>
      )}
    </div>
  );
}
