import Link from 'next/link';
import type { ProjectBudgetRow } from '@/lib/budgets/types';
import { formatCents } from '@/lib/format/money';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';

/** Every project's spend limit and alert thresholds, one row each, linking to the project's tab. */
export function BudgetsProjectsTable({ rows }: { rows: readonly ProjectBudgetRow[] }) {
  return (
    <Table label="Project budgets">
      <TableHead>
        <Th>Project</Th>
        <Th>Spend limit</Th>
        <Th>Spend alerts</Th>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <tr key={row.project.id} className="hover:bg-muted/40">
            <Td>
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/projects/${encodeURIComponent(row.project.id)}/spend-alerts`} className="font-medium hover:underline">
                  {row.project.name}
                </Link>
                {row.project.archived && <Badge>Archived</Badge>}
              </div>
              <div className="text-muted-foreground font-mono text-[11px]">{row.project.id}</div>
            </Td>
            {row.error ? (
              <Td colSpan={2}>
                <p className="text-danger text-sm">Its budgets could not be read: {row.error.message}</p>
                {row.error.request_id && <p className="text-muted-foreground font-mono text-[11px]">Request id: {row.error.request_id}</p>}
              </Td>
            ) : (
              <>
                <Td>
                  {row.limit ? (
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium tabular-nums">{formatCents(row.limit.threshold_amount, row.limit.currency)}</span>
                      <span className="text-muted-foreground text-xs">a {row.limit.interval}</span>
                      {row.limit.enforcement.status === 'enforcing' && <Badge tone="danger">Enforcing</Badge>}
                    </div>
                  ) : (
                    <span className="text-muted-foreground text-sm">No limit</span>
                  )}
                </Td>
                <Td>
                  {row.alerts.length > 0 ? <AlertThresholds row={row} /> : <span className="text-muted-foreground text-sm">No alerts</span>}
                </Td>
              </>
            )}
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}

function AlertThresholds({ row }: { row: ProjectBudgetRow }) {
  const recipients = new Set(row.alerts.flatMap((a) => a.notification_channel.recipients));
  return (
    <div className="space-y-1">
      <ul aria-label={`Alert thresholds of ${row.project.name}`} className="flex flex-wrap gap-1">
        {row.alerts.map((alert) => (
          <li key={alert.id} className="bg-muted rounded px-1.5 py-0.5 text-xs font-medium tabular-nums" title={alert.notification_channel.recipients.join(', ')}>
            {formatCents(alert.threshold_amount, alert.currency)}
          </li>
        ))}
      </ul>
      <p className="text-muted-foreground text-xs">
        {row.alerts.length} {row.alerts.length === 1 ? 'alert' : 'alerts'}, emailing {recipients.size} {recipients.size === 1 ? 'recipient' : 'recipients'}
      </p>
    </div>
  );
}
