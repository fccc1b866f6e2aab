'use client';

import { useState } from 'react';
import { toast } from 'sonner';
import { describeError } from '@/lib/queries/admin-fetch';
import { outcomeSummary, planToggle, type CertificateOutcome, type CertificateRow } from './certificate-rows';

export interface ToggleResult {
  activate: boolean;
  outcomes: CertificateOutcome[];
}

/** The activate/deactivate call for one scope (a project, or the organization). */
export interface CertificateToggleMutation {
  mutateAsync(vars: { ids: string[]; activate: boolean }): Promise<{ data: { id: string; active: boolean }[] }>;
}

/**
 * Activates or deactivates the chosen certificates where `toggle` acts (a project or the whole
 * organization), ten per call (each call is atomic upstream), and keeps what happened to each
 * certificate to show it.
 */
export function useCertificateToggle(toggle: CertificateToggleMutation) {
  const [result, setResult] = useState<ToggleResult | null>(null);
  const [pending, setPending] = useState(false);

  async function run(rows: readonly CertificateRow[], activate: boolean): Promise<ToggleResult> {
    setPending(true);
    setResult(null);
    const { outcomes, batches } = planToggle(rows, activate);
    const done: CertificateOutcome[] = [];
    for (const batch of batches) {
      try {
        const answer = await toggle.mutateAsync({ ids: batch.map((r) => r.id), activate });
        const state = new Map(answer.data.map((c) => [c.id, c.active]));
        for (const row of batch) {
          const now = state.get(row.id);
          done.push(
            now === undefined || now === activate
              ? { id: row.id, name: row.name, kind: 'changed', message: activate ? 'Activated' : 'Deactivated' }
              : { id: row.id, name: row.name, kind: 'failed', message: 'The API answered without changing it' },
          );
        }
      } catch (err) {
        const message = describeError(err);
        for (const row of batch) done.push({ id: row.id, name: row.name, kind: 'failed', message });
      }
    }
    const all = [...done, ...outcomes];
    const next = { activate, outcomes: all };
    setResult(next);
    setPending(false);
    const summary = outcomeSummary(all, activate);
    if (all.some((o) => o.kind === 'failed')) toast.error(`Certificates: ${summary}.`);
    else toast.success(`Certificates: ${summary}.`);
    return next;
  }

  return { run, pending, result, clear: () => setResult(null) };
}
