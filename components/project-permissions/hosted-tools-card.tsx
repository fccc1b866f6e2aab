'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/dialog';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { Badge, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import type { CsvColumn } from '@/lib/format/csv';

import { hostedToolsOptions, useSetHostedTool } from '@/lib/queries/project-limits';
import { toolEntries, toolSwitchEffect, type HostedToolEntry } from './hosted-tools';

const CSV_COLUMNS: readonly CsvColumn<HostedToolEntry>[] = [
  { header: 'Tool', value: (t) => t.label },
  { header: 'API name', value: (t) => t.tool },
  { header: 'State', value: (t) => (t.enabled ? 'on' : 'off') },
];

export interface HostedToolsCardProps {
  projectId: string;
  projectName: string;
  canSet: boolean;
}

/** Every hosted tool the API lists for the project, on or off; each switch is confirmed first. */
export function HostedToolsCard({ projectId, projectName, canSet }: HostedToolsCardProps) {
  const tools = useQuery(hostedToolsOptions(projectId));
  const entries = tools.data ? toolEntries(tools.data) : [];
  const [target, setTarget] = useState<HostedToolEntry | null>(null);
  const set = useSetHostedTool(projectId);
  const close = () => setTarget(null);
  const next = target ? !target.enabled : false;

  return (
    <Card
      title="Hosted tools"
      description="Tools OpenAI runs for the project’s requests. A tool that is off is refused for every key of the project."
      actions={<ExportCsvButton what="hosted-tools" columns={CSV_COLUMNS} rows={entries} disabled={entries.length === 0} />}
    >
      {tools.isPending ? (
        <TableSkeleton rows={5} label="Loading hosted tools" />
      ) : tools.isError ? (
        <QueryErrorState title="The hosted tools could not be loaded" query={tools} />
      ) : entries.length === 0 ? (
        <p className="text-muted-foreground text-sm">The API lists no hosted tool for this project.</p>
      ) : (
        <Table label="Hosted tools">
          <TableHead>
            <Th>Tool</Th>
            <Th>State</Th>
            {canSet && <Th><span className="sr-only">Actions</span></Th>}
          </TableHead>
          <TableBody>
            {entries.map((entry) => (
              <tr key={entry.tool}>
                <Td>
                  <div className="font-medium">{entry.label}</div>
                  <div className="text-muted-foreground text-xs">Lets requests {entry.does}.</div>
                </Td>
                <Td>
                  <Badge tone={entry.enabled ? 'success' : 'neutral'}>{entry.enabled ? 'On' : 'Off'}</Badge>
                </Td>
                {canSet && (
                  <Td className="text-right">
                    <Button variant="secondary" size="sm" aria-label={`Turn ${entry.enabled ? 'off' : 'on'} ${entry.label}`} onClick={() => setTarget(entry)}>
                      {entry.enabled ? 'Turn off' : 'Turn on'}
                    </Button>
                  </Td>
                )}
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
      <ConfirmDialog
        open={!!target}
        onClose={close}
        title={target ? `Turn ${next ? 'on' : 'off'} ${target.label} for ${projectName}?` : 'Hosted tool'}
        consequence={target ? toolSwitchEffect(target, next, projectName) : null}
        confirmLabel={next ? 'Turn on' : 'Turn off'}
        mutation={set}
        onConfirm={() => target && set.mutate({ tool: target.tool, label: target.label, enabled: next }, { onSuccess: () => setTarget(null) })}
      />
    </Card>
  );
}
