'use client';

import { Pencil } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import type { ProjectRateLimit } from '@/lib/queries/project-limits';
import { formatLimit, RATE_LIMIT_FIELDS } from './rate-limit-edit';

export interface RateLimitsTableProps {
  limits: readonly ProjectRateLimit[];
  /** Absent: no edit control (role, or archived project). */
  onEdit?: (limit: ProjectRateLimit) => void;
}

/** One row per model, one column per limit; "—" where a limit does not apply to the model. */
export function RateLimitsTable({ limits, onEdit }: RateLimitsTableProps) {
  return (
    <Table label="Rate limits">
      <TableHead>
        <Th>Model</Th>
        {RATE_LIMIT_FIELDS.map(({ field, label, short }) => (
          <Th key={field} className="text-right" title={label}>
            {short}
          </Th>
        ))}
        {onEdit && <Th><span className="sr-only">Actions</span></Th>}
      </TableHead>
      <TableBody>
        {limits.map((limit) => (
          <tr key={limit.id}>
            <Td className="font-medium">
              <span>{limit.model}</span>
              <div className="text-muted-foreground font-mono text-xs font-normal">{limit.id}</div>
            </Td>
            {RATE_LIMIT_FIELDS.map(({ field, label }) => (
              <Td key={field} className="text-right tabular-nums">
                {limit[field] === undefined ? (
                  <span className="text-muted-foreground" title={`No ${label.toLowerCase()} limit for this model`}>—</span>
                ) : (
                  formatLimit(limit[field])
                )}
              </Td>
            ))}
            {onEdit && (
              <Td className="text-right">
                <Button variant="ghost" size="sm" aria-label={`Edit limits for ${limit.model}`} onClick={() => onEdit(limit)}>
                  <Pencil className="size-4" aria-hidden />
                  Edit
                </Button>
              </Td>
            )}
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
