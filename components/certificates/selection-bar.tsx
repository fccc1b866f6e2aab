'use client';

import { Button } from '@/components/ui/button';
import type { OrgCertificateRow } from './certificate-rows';

export interface SelectionBarProps {
  chosen: readonly OrgCertificateRow[];
  can: { activate: boolean; deactivate: boolean };
  pending: boolean;
  onRun: (activate: boolean) => void;
  onClear: () => void;
}

/** What can be done with the selected certificates at once. */
export function SelectionBar({ chosen, can, pending, onRun, onClear }: SelectionBarProps) {
  return (
    <div role="toolbar" aria-label="Selected certificates" className="border-border bg-muted/40 flex flex-wrap items-center gap-2 rounded-lg border px-4 py-2">
      <span className="text-sm">{chosen.length} selected</span>
      {can.activate && (
        <Button size="sm" onClick={() => onRun(true)} pending={pending}>
          Activate for organization
        </Button>
      )}
      {can.deactivate && (
        <Button size="sm" variant="secondary" onClick={() => onRun(false)} disabled={pending}>
          Deactivate for organization
        </Button>
      )}
      <Button size="sm" variant="ghost" onClick={onClear}>
        Clear selection
      </Button>
    </div>
  );
}
