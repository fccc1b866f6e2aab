'use client';

import { X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';
import type { OutcomeKind } from './certificate-rows';
import type { ToggleResult } from './use-certificate-toggle';

const TONE: Record<OutcomeKind, 'success' | 'neutral' | 'warning' | 'danger'> = {
  changed: 'success',
  unchanged: 'neutral',
  refused: 'warning',
  failed: 'danger',
};

/** What happened to each certificate of the last activation or deactivation. */
export function CertificateOutcomes({ result, onClose }: { result: ToggleResult; onClose: () => void }) {
  const title = result.activate ? 'Activation' : 'Deactivation';
  return (
    <div role="status" aria-label={`${title} results`} className="border-border bg-card rounded-lg border p-4">
      <div className="flex items-center justify-between gap-2 pb-2">
        <p className="text-sm font-medium">{title}: what happened to each certificate</p>
        <Button size="sm" variant="ghost" aria-label="Dismiss results" onClick={onClose}>
          <X className="size-4" aria-hidden />
        </Button>
      </div>
      <ul className="divide-border divide-y text-sm">
        {result.outcomes.map((o) => (
          <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
            <span className="font-medium">{o.name}</span>
            {o.kind === 'failed' ? (
              <span className="flex flex-wrap items-center gap-2">
                <Badge tone="danger">Failed</Badge>
                <span className="text-danger text-xs">{o.message}</span>
              </span>
            ) : (
              <Badge tone={TONE[o.kind]}>{o.message}</Badge>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
