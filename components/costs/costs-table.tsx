'use client';

import { useMemo } from 'react';
import type { InsightAnswer } from '@/lib/insights/types';
import { formatShare } from '@/components/charts/format';
import { formatMoney } from '@/lib/format/money';
import { chartSeries } from '@/components/charts/series-data';
import { Segmented } from '@/components/ui/segmented';
import { cn } from '@/components/ui/cn';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { PageNumberPager } from '@/components/ui/pager';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { useUrlPage } from '@/components/ui/use-url-page';
import { costDayCsvColumns, costDayRows, costSeriesCsvColumns, costSeriesRows } from './costs-table-data';
import { COST_GROUP_LABELS, DAYS_PAGE_PARAM } from './costs-url';

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
// Every preset range (90 days at most) fits on one page; a custom range of years is paged.
const DAYS_PER_PAGE = 100;
const VALUE_HEADER = { project_id: 'Project id', api_key_id: 'API key id', line_item: 'Line item (as billed)' } as const;

export interface CostsTableProps {
  answer: InsightAnswer;
  view: 'series' | 'day';
  hidden: readonly string[];
  onView: (view: 'series' | 'day') => void;
}

/** The numbers behind the chart: per project (line item, key) or per day; each exports as shown. */
export function CostsTable({ answer, view, hidden, onView }: CostsTableProps) {
  const group = (answer.group_by[0] ?? 'project_id') as keyof typeof COST_GROUP_LABELS;
  const label = COST_GROUP_LABELS[group];
  const currency = answer.currency ?? 'usd';
  const money = (v: number) => formatMoney(v, currency);
  const seriesRows = useMemo(() => costSeriesRows(answer), [answer]);
  const dayRows = useMemo(() => costDayRows(answer), [answer]);
  const days = useUrlPage(dayRows.filter((r) => !r.isTotal), { size: DAYS_PER_PAGE, param: DAYS_PAGE_PARAM });
  const colours = useMemo(() => new Map(chartSeries(answer, 'amount').map((s) => [s.key, s])), [answer]);
  const swatch = (key: string) => {
    const c = colours.get(key);
    return <span className="mt-1 size-2.5 shrink-0 rounded-sm" style={{ background: c?.color, opacity: c?.opacity }} aria-hidden />;
  };

  return (
    <section aria-label="Costs table" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div className="flex items-center gap-3">
          <h2 className="font-semibold">Table</h2>
          <Segmented label="Table rows" value={view} onChange={onView} options={[{ value: 'series', label: `By ${label.toLowerCase()}` }, { value: 'day', label: 'By day' }]} />
        </div>
        {view === 'series' ? (
          <ExportCsvButton what={`costs-by-${group.replace('_id', '').replace('_', '-')}`} columns={costSeriesCsvColumns(answer, label, VALUE_HEADER[group])} rows={seriesRows} />
        ) : (
          <ExportCsvButton what="costs-by-day" columns={costDayCsvColumns(answer)} rows={dayRows} />
        )}
      </div>
      {view === 'series' ? (
        <Table label={`Costs by ${label.toLowerCase()}`}>
          <TableHead>
            <Th>{label}</Th>
            <Th className="text-right">Cost</Th>
            <Th className="text-right">Share</Th>
            <Th className="text-right">Average per day</Th>
          </TableHead>
          <TableBody>
            {seriesRows.filter((r) => !r.isTotal).map((row) => (
              <tr key={row.key} className={cn(hidden.includes(row.key) && 'text-muted-foreground')}>
                <Td>
                  <div className="flex items-start gap-2">
                    {swatch(row.key)}
                    <div className="min-w-0">
                      <span className={cn(row.gone && 'italic')}>{row.label}</span>
                      {row.gone && <span className="pl-2"><Badge>no longer exists</Badge></span>}
                      {group !== 'line_item' && row.value && !row.label.includes(row.value) && <p className="text-muted-foreground font-mono text-xs">{row.value}</p>}
                    </div>
                  </div>
                </Td>
                <Td className="text-right tabular-nums">{money(row.amount)}</Td>
                <Td className="text-right tabular-nums">{formatShare(row.share)}</Td>
                <Td className="text-right tabular-nums">{money(row.perDay)}</Td>
              </tr>
            ))}
          </TableBody>
          <TotalRow cells={[money(seriesRows.at(-1)?.amount ?? 0), formatShare(seriesRows.at(-1)?.share ?? 0), money(seriesRows.at(-1)?.perDay ?? 0)]} />
        </Table>
      ) : (
        <Table label="Costs by day">
          <TableHead>
            <Th className="bg-muted sticky left-0">Day (UTC)</Th>
            {answer.series.map((s) => (
              <Th key={s.key} className="max-w-40 text-right normal-case" title={s.label}>
                <span className="line-clamp-2">{s.label}</span>
              </Th>
            ))}
            <Th className="text-right">Total</Th>
          </TableHead>
          <TableBody>
            {days.items.map((row) => (
              <tr key={row.day}>
                <Td className="bg-card sticky left-0 whitespace-nowrap">{dayFormat.format(new Date(row.day * 1000))}</Td>
                {answer.series.map((s) => (
                  <Td key={s.key} className="text-right whitespace-nowrap tabular-nums">{money(row.amounts[s.key] ?? 0)}</Td>
                ))}
                <Td className="text-right font-medium whitespace-nowrap tabular-nums">{money(row.total)}</Td>
              </tr>
            ))}
          </TableBody>
          <TotalRow sticky cells={[...answer.series.map((s) => money(dayRows.at(-1)?.amounts[s.key] ?? 0)), money(dayRows.at(-1)?.total ?? 0)]} />
        </Table>
      )}
      {view === 'day' && <PageNumberPager label="Days pages" {...days.pager} />}
    </section>
  );
}

function TotalRow({ cells, sticky }: { cells: string[]; sticky?: boolean }) {
  return (
    <tfoot className="border-border bg-muted/40 border-t-2 font-semibold">
      <tr>
        <Td className={cn(sticky && 'bg-muted sticky left-0')}>Total</Td>
        {cells.map((cell, i) => (
          <Td key={i} className="text-right whitespace-nowrap tabular-nums">
            {cell}
          </Td>
        ))}
      </tr>
    </tfoot>
  );
}
