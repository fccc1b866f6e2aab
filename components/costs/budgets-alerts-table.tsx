'use client';

import { Pencil, Trash2 } from 'lucide-react';
import { formatCents } from '@/lib/format/money';
import type { SpendAlert } from '@/lib/budgets/types';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';

export interface BudgetsAlertsTableProps {
  /** Names the table for screen readers, e.g. "Organization spend alerts". */
  label: string;
  alerts: readonly SpendAlert[];
  /** The hard limit in cents, to show each threshold as a share of it. */
  limitCents: number | null;
  onEdit: ((alert: SpendAlert) => void) | null;
  onDelete: ((alert: SpendAlert) => void) | null;
}

/** Spend alerts (organization or project), lowest threshold first. */
export function BudgetsAlertsTable({ label, alerts, limitCents, onEdit, onDelete }: BudgetsAlertsTableProps) {
  const actions = onEdit || onDelete;
  return (
    <Table label={label}>
      <TableHead>
        <Th>Threshold</Th>
        <Th>Recipients</Th>
        <Th>Subject prefix</Th>
        {actions && <Th className="text-right">Actions</Th>}
      </TableHead>
      <TableBody>
        {alerts.map((alert) => {
          const amount = formatCents(alert.threshold_amount, alert.currency);
          return (
            <tr key={alert.id} className="hover:bg-muted/40">
              <Td>
                <div className="font-medium tabular-nums">
                  {amount} <span className="text-muted-foreground text-xs font-normal">a {alert.interval}</span>
                </div>
                {limitCents ? (
                  <div className="text-muted-foreground text-xs">{Math.round((alert.threshold_amount / limitCents) * 100)}% of the spend limit</div>
                ) : null}
                <div className="text-muted-foreground font-mono text-[11px]">{alert.id}</div>
              </Td>
              <Td>
                <ul aria-label={`Recipients of the ${amount} alert`} className="space-y-0.5 text-xs">
                  {alert.notification_channel.recipients.map((email) => (
                    <li key={email}>{email}</li>
                  ))}
                </ul>
              </Td>
              <Td className="text-muted-foreground text-xs">{alert.notification_channel.subject_prefix || '—'}</Td>
              {actions && (
                <Td className="text-right whitespace-nowrap">
                  <div className="inline-flex gap-1">
                    {onEdit && (
                      <Button size="sm" variant="ghost" aria-label={`Edit the ${amount} alert`} onClick={() => onEdit(alert)}>
                        <Pencil className="size-4" aria-hidden />
                        Edit
                      </Button>
                    )}
                    {onDelete && (
                      <Button size="sm" variant="ghost" aria-label={`Delete the ${amount} alert`} onClick={() => onDelete(alert)}>
                        <Trash2 className="size-4" aria-hidden />
                        Delete
                      </Button>
                    )}
                  </div>
                </Td>
              )}
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
