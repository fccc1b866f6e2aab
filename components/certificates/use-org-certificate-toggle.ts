'use client';

import { useState } from 'react';
import { toast } from 'sonner';
import { describeError } from '@/lib/queries/admin-fetch';
import { useToggleCertificates } from '@/lib/queries/certificates';
import { outcomeSummary, planToggle, type CertificateOutcome, type CertificateRow } from '@/components/project-certificates/certificate-rows';
import type { ToggleResult } from '@/components/project-certificates/use-certificate-toggle';
import type { OrgCertificateRow } from './certificate-rows';

/** The planner works on "active here" rows: here is the organization. */
const asPlanRow = (r: OrgCertificateRow): CertificateRow => ({ ...r, orgActive: r.active, projectActive: r.active });

/**
 * Activates or deactivates the chosen certificates organization-wide, ten per call (the API's
 * limit; each call is atomic upstream), and keeps what happened to each certificate.
 */
export function useOrgCertificateToggle() {
  const toggle = useToggleCertificates();
  const [result, setResult] = useState<ToggleResult | null>(null);
  const [pending, setPending] = useState(false);

  async function run(rows: readonly OrgCertificateRow[], activate: boolean): Promise<ToggleResult> {
    setPending(true);
    setResult(null);
    const { outcomes, batches } = planToggle(rows.map(asPlanRow), activate);
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
