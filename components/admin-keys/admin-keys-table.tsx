'use client';

import { adminKeyLabel, isExpired } from '@/lib/admin/admin-keys';
import type { AdminAPIKey } from '@/lib/queries/admin-keys';
import { formatDate, formatDateTime, formatRelative } from '@/lib/format/dates';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';

export interface AdminKeysTableProps {
  keys: AdminAPIKey[];
  /** Ids of the key(s) the console itself uses. */
  consoleKeyIds: ReadonlySet<string>;
  ownerEmail: (ownerId: string) => string | null;
  canDelete: boolean;
  /** Why the console's own key cannot be deleted here (sandbox or OPENAI_ADMIN_KEY). */
  protectedReason: string;
  onDelete: (key: AdminAPIKey) => void;
}

export function AdminKeysTable({ keys, consoleKeyIds, ownerEmail, canDelete, protectedReason, onDelete }: AdminKeysTableProps) {
  return (
    <Table label="Admin API keys">
      <TableHead>
        <Th>Name</Th>
        <Th>Key</Th>
        <Th>Owner</Th>
        <Th>Created</Th>
        <Th>Last used</Th>
        <Th>Expires</Th>
        {canDelete && (
          <Th className="text-right">
            <span className="sr-only">Actions</span>
          </Th>
        )}
      </TableHead>
      <TableBody>
        {keys.map((key) => {
          const label = adminKeyLabel(key);
          const own = consoleKeyIds.has(key.id);
          const email = key.owner.id ? ownerEmail(key.owner.id) : null;
          const expired = isExpired(key.expires_at);
          return (
            <tr key={key.id} className="hover:bg-muted/40">
              <Td>
                <div className="flex flex-wrap items-center gap-2 font-medium">
                  <span>{label}</span>
                  {own && <Badge tone="warning">Used by this console</Badge>}
                </div>
                <div className="text-muted-foreground font-mono text-xs">{key.id}</div>
                {own && <p className="text-muted-foreground mt-1 max-w-sm text-xs">{protectedReason}</p>}
              </Td>
              <Td>
                <code className="bg-muted rounded px-1.5 py-0.5 font-mono text-xs whitespace-nowrap">{key.redacted_value}</code>
              </Td>
              <Td>
                <div>{key.owner.name || email || 'Unknown owner'}</div>
                {email && key.owner.name && <div className="text-muted-foreground text-xs">{email}</div>}
              </Td>
              <Td className="whitespace-nowrap" title={formatDateTime(key.created_at)}>
                {formatDate(key.created_at)}
                <div className="text-muted-foreground text-xs">{formatRelative(key.created_at)}</div>
              </Td>
              <Td className="whitespace-nowrap" title={key.last_used_at ? formatDateTime(key.last_used_at) : 'Not used since it was created'}>
                {key.last_used_at ? formatRelative(key.last_used_at) : <span className="text-muted-foreground">never</span>}
              </Td>
              <Td className="whitespace-nowrap" title={formatDateTime(key.expires_at)}>
                {key.expires_at === null ? (
                  <span className="text-muted-foreground">never</span>
                ) : expired ? (
                  <Badge tone="danger">Expired {formatDate(key.expires_at)}</Badge>
                ) : (
                  formatDate(key.expires_at)
                )}
              </Td>
              {canDelete && (
                <Td className="text-right">
                  {own ? (
                    <span className="text-muted-foreground text-xs">Protected</span>
                  ) : (
                    <Button size="sm" variant="ghost" className="text-danger" onClick={() => onDelete(key)} aria-label={`Delete ${label}`}>
                      Delete
                    </Button>
                  )}
                </Td>
              )}
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
