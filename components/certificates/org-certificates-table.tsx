'use client';

import { Pencil, Trash2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { validityBadge } from '@/components/project-certificates/certificate-validity';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { ActiveProjectsCell } from './active-projects-cell';
import type { OrgCertificateRow } from './certificate-rows';

export interface OrgCertificatesTableProps {
  rows: readonly OrgCertificateRow[];
  /** Null when nothing can be activated or deactivated: no selection column. */
  selected: ReadonlySet<string> | null;
  onSelect: (ids: string[], on: boolean) => void;
  /** Reading where certificates are active failed (rows then carry null projects). */
  projectsFailed: boolean;
  onRename: ((row: OrgCertificateRow) => void) | null;
  onDelete: ((row: OrgCertificateRow) => void) | null;
}

/** The organization's certificates: who they name, their validity, and where they are active (organization-wide, projects). */
export function OrgCertificatesTable({ rows, selected, onSelect, projectsFailed, onRename, onDelete }: OrgCertificatesTableProps) {
  const chosen = selected ? rows.filter((r) => selected.has(r.id)).length : 0;
  const allRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = chosen > 0 && chosen < rows.length;
  }, [chosen, rows.length]);
  return (
    <Table label="Certificates">
      <TableHead>
        {selected && (
          <Th className="w-10">
            <input ref={allRef} type="checkbox" aria-label="Select all shown certificates" checked={rows.length > 0 && chosen === rows.length} onChange={(e) => onSelect(rows.map((r) => r.id), e.target.checked)} />
          </Th>
        )}
        <Th>Certificate and subject</Th>
        <Th>Validity</Th>
        <Th>Organization</Th>
        <Th className="whitespace-nowrap">Active in projects</Th>
        <Th>Uploaded</Th>
        {(onRename || onDelete) && <Th className="text-right">Actions</Th>}
      </TableHead>
      <TableBody>
        {rows.map((row) => {
          const badge = validityBadge(row.validity);
          const isSelected = selected?.has(row.id) ?? false;
          return (
            <tr key={row.id} aria-selected={selected ? isSelected : undefined} className={cn('hover:bg-muted/40', isSelected && 'bg-muted/60')}>
              {selected && (
                <Td>
                  <input type="checkbox" aria-label={`Select ${row.name}`} checked={isSelected} onChange={(e) => onSelect([row.id], e.target.checked)} />
                </Td>
              )}
              <Td className="max-w-72">
                <div className="font-medium">{row.name}</div>
                {row.commonName && (
                  <div className="truncate text-xs" title={row.subject ?? undefined}>
                    {row.commonName}
                  </div>
                )}
                <div className="text-muted-foreground font-mono text-[11px]">{row.id}</div>
              </Td>
              <Td>
                <Badge tone={badge.tone}>{badge.label}</Badge>
                <div className="text-muted-foreground pt-0.5 text-xs" title={`${formatDateTime(row.validAt)} – ${formatDateTime(row.expiresAt)}`}>
                  {formatDate(row.validAt)} – {formatDate(row.expiresAt)}
                </div>
              </Td>
              <Td>
                <Badge tone={row.active ? 'success' : 'neutral'}>{row.active ? 'Active' : 'Inactive'}</Badge>
              </Td>
              <Td>
                <ActiveProjectsCell projects={row.projects} failed={projectsFailed} />
              </Td>
              <Td className="text-xs whitespace-nowrap">{formatDate(row.createdAt)}</Td>
              {(onRename || onDelete) && (
                <Td className="text-right whitespace-nowrap">
                  {onRename && (
                    <Button size="sm" variant="ghost" aria-label={`Rename ${row.name}`} onClick={() => onRename(row)}>
                      <Pencil className="size-4" aria-hidden />
                    </Button>
                  )}
                  {onDelete && (
                    <Button size="sm" variant="ghost" aria-label={`Delete ${row.name}`} onClick={() => onDelete(row)}>
                      <Trash2 className="size-4" aria-hidden />
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
