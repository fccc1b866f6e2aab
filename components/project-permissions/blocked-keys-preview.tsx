'use client';

import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import type { CsvColumn } from '@/lib/format/csv';

import type { AffectedKey } from './model-policy';

const CSV_COLUMNS: readonly CsvColumn<AffectedKey>[] = [
  { header: 'Key', value: (k) => k.name },
  { header: 'Owner', value: (k) => k.owner },
  { header: 'Key id', value: (k) => k.keyId },
  { header: 'Models blocked', value: (k) => k.models.map((m) => `${m.model} (${m.requests})`).join('; ') },
  { header: 'Requests (7 days)', value: (k) => k.requests },
];

export interface BlockedKeysPreviewProps {
  affected: AffectedKey[] | null;
  pending: boolean;
  error: Error | null;
  onRetry: () => void;
}

/** The project's keys that used, in the last 7 days, a model the draft policy would block. */
export function BlockedKeysPreview({ affected, pending, error, onRetry }: BlockedKeysPreviewProps) {
  return (
    <section aria-labelledby="blocked-keys-title" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h3 id="blocked-keys-title" className="text-sm font-medium">Keys this would block</h3>
          <p className="text-muted-foreground text-xs">From the project’s completions usage over the last 7 days, by key and model.</p>
        </div>
        {affected && affected.length > 0 && (
          <ExportCsvButton what="keys-blocked-by-model-policy" columns={CSV_COLUMNS} rows={affected} />
        )}
      </div>
      {pending ? (
        <TableSkeleton rows={2} label="Loading the last 7 days of usage" />
      ) : error ? (
        <QueryErrorState title="The preview could not be built" query={{ error, refetch: onRetry }} size="sm" />
      ) : !affected || affected.length === 0 ? (
        <p role="status" className="bg-muted/60 rounded-md px-3 py-2 text-sm">
          No key of this project used a model this would block in the last 7 days.
        </p>
      ) : (
        <Table label="Keys this would block">
          <TableHead>
            <Th>Key</Th>
            <Th>Models it would lose</Th>
            <Th className="text-right">Requests</Th>
          </TableHead>
          <TableBody>
            {affected.map((key) => (
              <tr key={key.keyId ?? 'none'}>
                <Td>
                  <div className="font-medium">{key.name}</div>
                  <div className="text-muted-foreground text-xs">
                    {key.owner && <span>{key.owner} · </span>}
                    {key.keyId && <span className="font-mono">{key.keyId}</span>}
                  </div>
                </Td>
                <Td className="font-mono text-xs">
                  {key.models.map((m) => `${m.model} (${m.requests.toLocaleString('en-US')})`).join(', ')}
                </Td>
                <Td className="text-right tabular-nums">{key.requests.toLocaleString('en-US')}</Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
