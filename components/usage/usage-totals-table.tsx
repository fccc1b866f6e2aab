'use client';

import { useMemo } from 'react';
import type { InsightAnswer } from '@/lib/insights/types';
import { formatMeasure, formatShare } from '@/components/charts/format';
import { chartSeries } from '@/components/charts/series-data';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { cn } from '@/components/ui/cn';
import { groupLabel, groupWords, measureHeader } from './usage-catalog';
import { bucketCsvColumns, bucketCsvRows, tableMeasures, totalsCsvColumns, totalsRows, type TotalsRow } from './usage-totals';

/** Ids under a series' name (small, muted): the group values that are ids and differ from the name. */
function idsOf(row: TotalsRow): string {
  return Object.entries(row.group)
    .filter(([field, value]) => field.endsWith('_id') && value && !row.label.includes(value))
    .map(([, value]) => value)
    .join(' · ');
}

export interface UsageTotalsTableProps {
  answer: InsightAnswer;
  measure: string;
  hidden: readonly string[];
  /** Names the CSV files: "usage-completions". */
  what: string;
}

/** Per series and overall, every measure of the type; the CSV holds exactly these rows. */
export function UsageTotalsTable({ answer, measure, hidden, what }: UsageTotalsTableProps) {
  const measures = tableMeasures(answer);
  const rows = useMemo(() => totalsRows(answer, measure), [answer, measure]);
  const colours = useMemo(() => new Map(chartSeries(answer, measure).map((s) => [s.key, s])), [answer, measure]);
  const body = rows.filter((r) => !r.isTotal);
  const total = rows.at(-1);

  return (
    <section aria-label="Totals" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 className="font-semibold">Totals</h2>
          <p className="text-muted-foreground text-sm">
            {answer.group_by.length ? `Per ${answer.group_by.map((f) => groupWords(f)).join(' and ')}, as the chart stacks them, and overall.` : 'Over the whole range.'}
          </p>
        </div>
        <div className="flex gap-2">
          <ExportCsvButton what={what} columns={totalsCsvColumns(answer, measures, measure)} rows={rows} />
          <ExportCsvButton what={`${what}-by-bucket`} label="Export by bucket" columns={bucketCsvColumns(answer, measures)} rows={() => Promise.resolve(bucketCsvRows(answer))} />
        </div>
      </div>
      <Table label="Usage totals">
        <TableHead>
          <Th>{answer.group_by.length ? answer.group_by.map(groupLabel).join(' · ') : 'Series'}</Th>
          <Th className="px-3! text-right">Share</Th>
          {measures.map((m) => (
            <Th key={m} className="px-3! text-right">
              {measureHeader(answer.type, m)}
            </Th>
          ))}
        </TableHead>
        <TableBody>
          {body.map((row) => {
            const colour = colours.get(row.key);
            const ids = idsOf(row);
            return (
              <tr key={row.key} className={cn(hidden.includes(row.key) && 'text-muted-foreground')}>
                <Td>
                  <div className="flex items-start gap-2">
                    <span className="mt-1 size-2.5 shrink-0 rounded-sm" style={{ background: colour?.color, opacity: colour?.opacity }} aria-hidden />
                    <div className="min-w-0">
                      <span className={cn(row.gone && 'italic')}>{row.label}</span>
                      {row.gone && <span className="pl-2"><Badge>no longer exists</Badge></span>}
                      {ids && <p className="text-muted-foreground font-mono text-xs">{ids}</p>}
                    </div>
                  </div>
                </Td>
                <Td className="px-3! text-right whitespace-nowrap tabular-nums">{formatShare(row.share)}</Td>
                {measures.map((m) => (
                  <Td key={m} className="px-3! text-right whitespace-nowrap tabular-nums">
                    {formatMeasure(m, row.values[m] ?? 0)}
                  </Td>
                ))}
              </tr>
            );
          })}
        </TableBody>
        {total && (
          <tfoot className="border-border bg-muted/40 border-t-2 font-semibold">
            <tr>
              <Td>Total</Td>
              <Td className="px-3! text-right whitespace-nowrap tabular-nums">{formatShare(total.share)}</Td>
              {measures.map((m) => (
                <Td key={m} className="px-3! text-right whitespace-nowrap tabular-nums">
                  {formatMeasure(m, total.values[m] ?? 0)}
                </Td>
              ))}
            </tr>
          </tfoot>
        )}
      </Table>
    </section>
  );
}
