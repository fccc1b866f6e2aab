'use client';

import Link from 'next/link';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import type { ProjectAPIKey } from '@/lib/queries/project-keys';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { isRevocable, isStale, keyOwner, lastUsedLabel } from './api-key-rules';

export interface ApiKeysTableProps {
  keys: ProjectAPIKey[];
  serviceAccountsHref: string;
  /** Present when keys may be revoked: selection and the row action. */
  selection?: { selected: ReadonlySet<string>; onToggle: (id: string, on: boolean) => void; onToggleAll: (on: boolean) => void };
  onRevoke?: (key: ProjectAPIKey) => void;
}

export function ApiKeysTable({ keys, serviceAccountsHref, selection, onRevoke }: ApiKeysTableProps) {
  const revocable = keys.filter(isRevocable);
  const allSelected = !!selection && revocable.length > 0 && revocable.every((key) => selection.selected.has(key.id));
  return (
    <Table label="API keys">
      <TableHead>
        {selection && (
          <Th className="w-10">
            <input type="checkbox" aria-label="Select every key on this page" checked={allSelected} disabled={revocable.length === 0} onChange={(e) => selection.onToggleAll(e.target.checked)} />
          </Th>
        )}
        <Th>Name</Th>
        <Th>Key</Th>
        <Th>Owner</Th>
        <Th>Created</Th>
        <Th>Last used</Th>
        {onRevoke && (
          <Th className="text-right">
            <span className="sr-only">Actions</span>
          </Th>
        )}
      </TableHead>
      <TableBody>
        {keys.map((key) => {
          const owner = keyOwner(key);
          const stale = isStale(key);
          const own = isRevocable(key);
          return (
            <tr key={key.id} className="hover:bg-muted/40">
              {selection && (
                <Td>
                  {own && <input type="checkbox" aria-label={`Select ${key.name}`} checked={selection.selected.has(key.id)} onChange={(e) => selection.onToggle(key.id, e.target.checked)} />}
                </Td>
              )}
              <Td>
                <div className="font-medium">{key.name}</div>
                <div className="text-muted-foreground font-mono text-xs">{key.id}</div>
              </Td>
              <Td>
                <code className="bg-muted rounded px-1.5 py-0.5 font-mono text-xs whitespace-nowrap">{key.redacted_value}</code>
              </Td>
              <Td>
                <div className="flex flex-wrap items-center gap-2">
                  <span>{owner.name}</span>
                  {owner.type === 'service_account' && <Badge>Service account</Badge>}
                  {key.owner_project_access === 'inactive' && <Badge tone="danger">No project access</Badge>}
                </div>
                {owner.detail && <div className="text-muted-foreground text-xs">{owner.detail}</div>}
              </Td>
              <Td className="whitespace-nowrap" title={formatDateTime(key.created_at)}>
                {formatDate(key.created_at)}
              </Td>
              <Td className="whitespace-nowrap" title={key.last_used_at ? formatDateTime(key.last_used_at) : 'Not used since it was created'}>
                {stale ? <Badge tone="warning">{lastUsedLabel(key)} · stale</Badge> : <span className={key.last_used_at ? '' : 'text-muted-foreground'}>{lastUsedLabel(key)}</span>}
              </Td>
              {onRevoke && (
                <Td className="text-right whitespace-nowrap">
                  {own ? (
                    <Button size="sm" variant="ghost" className="text-danger" onClick={() => onRevoke(key)} aria-label={`Revoke ${key.name}`}>
                      Revoke
                    </Button>
                  ) : (
                    <Link href={serviceAccountsHref} className="text-muted-foreground text-xs underline" title="A service account’s keys are revoked by deleting the service account.">
                      Via its service account
                    </Link>
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
