'use client';

import type { CsvColumn } from '@/lib/format/csv';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { formatUsd, type ModelSpend } from './overview-logic';

const TOP = 8;

const columns: CsvColumn<ModelSpend>[] = [
  { header: 'Model or item', value: (m) => m.model },
  { header: 'Spend last 30 days (USD)', value: (m) => m.amount.toFixed(2) },
  { header: 'Share', value: (m) => `${(m.share * 100).toFixed(1)}%` },
  { header: 'Line items', value: (m) => m.lineItems.map((l) => l.lineItem).join('; ') },
];

/** The line items under a model without the model's name ("input · cached input"); empty when the item is the model itself. */
const details = (model: ModelSpend) =>
  model.lineItems
    .map((l) => l.lineItem.slice(model.model.length).replace(/^, /, ''))
    .filter(Boolean)
    .join(' · ');

const percent = (share: number) => (share > 0 && share < 0.001 ? '< 0.1%' : `${(share * 100).toFixed(1)}%`);

/** The project's top models (line items grouped by model) over the last 30 days. */
export function TopModelsTable({ models }: { models: ModelSpend[] }) {
  const shown = models.slice(0, TOP);
  return (
    <div className="space-y-2">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-sm font-medium">Top models and items, last 30 days</h3>
        <ExportCsvButton what="project-top-models" columns={columns} rows={shown} />
      </div>
      <Table label="Top models by spend">
        <TableHead>
          <Th>Model or item</Th>
          <Th className="text-right">Spend</Th>
          <Th className="text-right">Share</Th>
        </TableHead>
        <TableBody>
          {shown.map((model) => (
            <tr key={model.model}>
              <Td>
                <div className="font-medium">{model.model}</div>
                {details(model) && <div className="text-muted-foreground text-xs">{details(model)}</div>}
              </Td>
              <Td className="text-right tabular-nums">{formatUsd(model.amount)}</Td>
              <Td className="text-right">
                <div className="flex items-center justify-end gap-2">
                  <span className="bg-muted hidden h-1.5 w-16 overflow-hidden rounded-full sm:block" aria-hidden>
                    <span className="bg-primary block h-full" style={{ width: `${Math.max(2, model.share * 100)}%` }} />
                  </span>
                  <span className="whitespace-nowrap tabular-nums">{percent(model.share)}</span>
                </div>
              </Td>
            </tr>
          ))}
        </TableBody>
      </Table>
      {models.length > TOP && <p className="text-muted-foreground text-xs">{models.length - TOP} smaller models and items not shown.</p>}
    </div>
  );
}
