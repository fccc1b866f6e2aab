'use client';

import { formatDate, formatDateTime } from '@/lib/format/dates';
import type { ProjectAPIKey, ProjectServiceAccount } from '@/lib/queries/project-keys';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { isStale, lastUsedLabel } from '@/components/project-api-keys/api-key-rules';
import { ROLE_LABELS } from './service-account-rules';

export interface ServiceAccountActions {
  onAddKey?: (account: ProjectServiceAccount) => void;
  onEdit?: (account: ProjectServiceAccount) => void;
  onDelete?: (account: ProjectServiceAccount) => void;
}

export interface ServiceAccountsTableProps extends ServiceAccountActions {
  accounts: ProjectServiceAccount[];
  keysOf: (accountId: string) => ProjectAPIKey[];
  /** False while the project's keys are still loading. */
  keysReady: boolean;
}

export function ServiceAccountsTable({ accounts, keysOf, keysReady, onAddKey, onEdit, onDelete }: ServiceAccountsTableProps) {
  const hasActions = !!(onAddKey || onEdit || onDelete);
  return (
    <Table label="Service accounts">
      <TableHead>
        <Th>Name</Th>
        <Th>Role</Th>
        <Th>Created</Th>
        <Th>API keys</Th>
        {hasActions && (
          <Th className="text-right">
            <span className="sr-only">Actions</span>
          </Th>
        )}
      </TableHead>
      <TableBody>
        {accounts.map((account) => (
          <tr key={account.id} className="hover:bg-muted/40">
            <Td>
              <div className="font-medium">{account.name}</div>
              <div className="text-muted-foreground font-mono text-xs">{account.id}</div>
            </Td>
            <Td>
              <Badge tone={account.role === 'owner' ? 'warning' : 'neutral'}>{ROLE_LABELS[account.role]}</Badge>
            </Td>
            <Td className="whitespace-nowrap" title={formatDateTime(account.created_at)}>
              {formatDate(account.created_at)}
            </Td>
            <Td>
              <AccountKeys keys={keysOf(account.id)} ready={keysReady} />
            </Td>
            {hasActions && (
              <Td className="text-right whitespace-nowrap">
                {onAddKey && (
                  <Button size="sm" variant="ghost" onClick={() => onAddKey(account)} aria-label={`Add API key to ${account.name}`}>
                    Add key
                  </Button>
                )}
                {onEdit && (
                  <Button size="sm" variant="ghost" onClick={() => onEdit(account)} aria-label={`Edit ${account.name}`}>
                    Edit
                  </Button>
                )}
                {onDelete && (
                  <Button size="sm" variant="ghost" className="text-danger" onClick={() => onDelete(account)} aria-label={`Delete ${account.name}`}>
                    Delete
                  </Button>
                )}
              </Td>
            )}
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}

function AccountKeys({ keys, ready }: { keys: ProjectAPIKey[]; ready: boolean }) {
  if (!ready) return <span className="text-muted-foreground text-xs">Loading keys…</span>;
  if (keys.length === 0) return <span className="text-muted-foreground text-xs">No API keys</span>;
  return (
    <ul className="space-y-1" aria-label="Its API keys">
      {keys.map((key) => (
        <li key={key.id} className="flex flex-wrap items-center gap-x-2 text-xs">
          <span className="font-medium">{key.name}</span>
          <code className="bg-muted rounded px-1 font-mono">{key.redacted_value}</code>
          <span className={isStale(key) ? 'text-warning-fg' : 'text-muted-foreground'} title={key.last_used_at ? formatDateTime(key.last_used_at) : undefined}>
            last used {lastUsedLabel(key)}
          </span>
        </li>
      ))}
    </ul>
  );
}
