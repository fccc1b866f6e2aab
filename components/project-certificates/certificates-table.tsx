'use client';

import { useEffect, useRef } from 'react';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { Badge } from '@/components/ui/states';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { cn } from '@/components/ui/cn';
import type { CertificateRow } from './certificate-rows';
import { validityBadge } from './certificate-validity';

export interface CertificatesTableProps {
  rows: readonly CertificateRow[];
  /** Null when nothing can be changed: no selection column. */
  selected: ReadonlySet<string> | null;
  onSelect: (ids: string[], on: boolean) => void;
}

/** The organization's certificates with their validity and their state in this project. */
export function CertificatesTable({ rows, selected, onSelect }: CertificatesTableProps) {
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
            <input
              ref={allRef}
              type="checkbox"
              aria-label="Select all shown certificates"
              checked={rows.length > 0 && chosen === rows.length}
              onChange={(e) => onSelect(rows.map((r) => r.id), e.target.checked)}
            />
          </Th>
        )}
        <Th>Certificate</Th>
        <Th>This project</Th>
        <Th>Organization</Th>
        <Th>Validity</Th>
        <Th>Uploaded</Th>
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
              <Td>
                <div className="font-medium">{row.name}</div>
                <div className="text-muted-foreground font-mono text-[11px]">{row.id}</div>
              </Td>
              <Td>
                <Badge tone={row.projectActive ? 'success' : 'neutral'}>{row.projectActive ? 'Active' : 'Inactive'}</Badge>
              </Td>
              <Td className="text-muted-foreground text-xs">
                {row.orgActive === null ? '—' : row.orgActive ? 'Active organization-wide' : 'Not organization-wide'}
              </Td>
              <Td>
                <Badge tone={badge.tone}>{badge.label}</Badge>
                <div className="text-muted-foreground pt-0.5 text-xs" title={`${formatDateTime(row.validAt)} – ${formatDateTime(row.expiresAt)}`}>
                  {formatDate(row.validAt)} – {formatDate(row.expiresAt)}
                </div>
              </Td>
              <Td className="text-xs whitespace-nowrap">{formatDate(row.createdAt)}</Td>
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
