import type { OrgCertificate, ProjectCertificate } from '@/lib/queries/project-trust';
import { canActivate, validityOf, type Validity } from './certificate-validity';

/** One certificate of the organization as the project tab shows it. */
export interface CertificateRow {
  id: string;
  name: string;
  createdAt: number;
  validAt: number | null;
  expiresAt: number | null;
  validity: Validity;
  /** Active for the whole organization; null when the organization list did not include it. */
  orgActive: boolean | null;
  /** Active in this project. */
  projectActive: boolean;
}

/**
 * Joins the organization's certificates with this project's states: every certificate of either
 * list once, newest first. A certificate the project list omits is inactive in the project.
 */
export function certificateRows(
  org: readonly OrgCertificate[],
  project: readonly ProjectCertificate[],
  now: number,
): CertificateRow[] {
  const inProject = new Map(project.map((c) => [c.id, c]));
  const inOrg = new Map(org.map((c) => [c.id, c]));
  const ids = [...new Set([...org.map((c) => c.id), ...project.map((c) => c.id)])];
  return ids
    .map((id) => {
      const p = inProject.get(id);
      const o = inOrg.get(id);
      const details = p?.certificate_details ?? o?.certificate_details ?? {};
      return {
        id,
        name: p?.name ?? o?.name ?? 'Unnamed certificate',
        createdAt: p?.created_at ?? o?.created_at ?? 0,
        validAt: details.valid_at ?? null,
        expiresAt: details.expires_at ?? null,
        validity: validityOf(details, now),
        orgActive: o ? (o.active ?? null) : null,
        projectActive: p?.active ?? false,
      };
    })
    .sort((a, b) => b.createdAt - a.createdAt || a.name.localeCompare(b.name));
}

export type OutcomeKind = 'changed' | 'unchanged' | 'refused' | 'failed';

/** What happened to one certificate of a batch activation or deactivation. */
export interface CertificateOutcome {
  id: string;
  name: string;
  kind: OutcomeKind;
  message: string;
}

/** The API takes at most this many certificates per activation or deactivation call. */
export const TOGGLE_BATCH = 10;

/**
 * What to send for the chosen certificates: only those whose state would change, in calls of at
 * most 10; the rest get their outcome at once (already in that state, or expired).
 */
export function planToggle(rows: readonly CertificateRow[], activate: boolean) {
  const outcomes: CertificateOutcome[] = [];
  const send: CertificateRow[] = [];
  for (const row of rows) {
    if (row.projectActive === activate)
      outcomes.push({ id: row.id, name: row.name, kind: 'unchanged', message: activate ? 'Already active' : 'Already inactive' });
    else if (activate && !canActivate(row.validity))
      outcomes.push({ id: row.id, name: row.name, kind: 'refused', message: 'Expired: an expired certificate cannot be activated' });
    else send.push(row);
  }
  const batches: CertificateRow[][] = [];
  for (let i = 0; i < send.length; i += TOGGLE_BATCH) batches.push(send.slice(i, i + TOGGLE_BATCH));
  return { outcomes, batches };
}

/** A one-line summary of a batch's outcomes, for the toast. */
export function outcomeSummary(outcomes: readonly CertificateOutcome[], activate: boolean): string {
  const count = (kind: OutcomeKind) => outcomes.filter((o) => o.kind === kind).length;
  const parts = [
    count('changed') && `${count('changed')} ${activate ? 'activated' : 'deactivated'}`,
    count('unchanged') && `${count('unchanged')} already ${activate ? 'active' : 'inactive'}`,
    count('refused') && `${count('refused')} expired`,
    count('failed') && `${count('failed')} failed`,
  ].filter(Boolean);
  return parts.join(', ') || 'Nothing to change';
}
