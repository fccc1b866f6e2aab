import type { Invite } from 'openai/resources/admin/organization/invites';
import type { OrgCertificate, ProjectRef } from '@/lib/queries/certificates';
import { validityOf, type Validity } from '@/components/project-certificates/certificate-validity';

/*
 * What the overview's "Needs attention" card lists: certificates expiring within 30 days (the
 * window of the certificate badges, certificate-validity.ts) or already expired and still
 * active somewhere, and invites pending for over 7 days. All times are Unix seconds.
 */

const DAY = 86_400;
/** An invite still pending after this many days (strictly more) needs attention. */
export const INVITE_PENDING_DAYS = 7;

export interface CertificateAttention {
  id: string;
  name: string;
  validity: Extract<Validity, { kind: 'expiring' | 'expired' }>;
  expiresAt: number;
  activeForOrganization: boolean;
  projects: readonly ProjectRef[];
}

/** Soonest expiry first (so expired ones lead). `activeIn`: the projects where each certificate is active. */
export function certificatesNeedingAttention(
  certificates: readonly OrgCertificate[],
  activeIn: Readonly<Record<string, readonly ProjectRef[]>>,
  now: number,
): CertificateAttention[] {
  const out: CertificateAttention[] = [];
  for (const c of certificates) {
    const validity = validityOf(c.certificate_details, now);
    const projects = activeIn[c.id] ?? [];
    const stillActive = c.active || projects.length > 0;
    if (validity.kind === 'expiring' || (validity.kind === 'expired' && stillActive))
      out.push({
        id: c.id,
        name: c.name ?? 'Unnamed certificate',
        validity,
        expiresAt: c.certificate_details?.expires_at ?? 0,
        activeForOrganization: c.active,
        projects,
      });
  }
  return out.sort((a, b) => a.expiresAt - b.expiresAt || a.name.localeCompare(b.name));
}

/** "Active for the organization and in 2 projects", "Active in Fleet Telemetry Insights", "Not active". */
export function whereActive(item: Pick<CertificateAttention, 'activeForOrganization' | 'projects'>): string {
  const n = item.projects.length;
  const inProjects = n === 1 ? (item.projects[0]?.name ?? '') : `${n} projects`;
  if (item.activeForOrganization) return n > 0 ? `Active for the organization and in ${inProjects}` : 'Active for the organization';
  return n > 0 ? `Active in ${inProjects}` : 'Not active';
}

export interface InviteAttention {
  id: string;
  email: string;
  role: Invite['role'];
  createdAt: number;
  /** Whole days since it was sent. */
  daysPending: number;
}

/** Pending invites sent more than INVITE_PENDING_DAYS ago, oldest first. */
export function invitesNeedingAttention(invites: readonly Invite[], now: number): InviteAttention[] {
  return invites
    .filter((i) => i.status === 'pending' && now - i.created_at > INVITE_PENDING_DAYS * DAY)
    .sort((a, b) => a.created_at - b.created_at)
    .map((i) => ({ id: i.id, email: i.email, role: i.role, createdAt: i.created_at, daysPending: Math.floor((now - i.created_at) / DAY) }));
}
