'use client';

import { useToggleCertificates } from '@/lib/queries/certificates';
import type { CertificateRow } from '@/components/project-certificates/certificate-rows';
import { useCertificateToggle } from '@/components/project-certificates/use-certificate-toggle';
import type { OrgCertificateRow } from './certificate-rows';

/** The planner works on "active here" rows: here is the organization. */
const asPlanRow = (r: OrgCertificateRow): CertificateRow => ({ ...r, orgActive: r.active, projectActive: r.active });

/** Activates or deactivates certificates organization-wide (see useCertificateToggle). */
export function useOrgCertificateToggle() {
  const toggle = useCertificateToggle(useToggleCertificates());
  return { ...toggle, run: (rows: readonly OrgCertificateRow[], activate: boolean) => toggle.run(rows.map(asPlanRow), activate) };
}
