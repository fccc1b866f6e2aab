import { queryOptions } from '@tanstack/react-query';
import type {
  Certificate,
  CertificateListResponse,
} from 'openai/resources/admin/organization/certificates';
import type { CertificateProjectsAnswer, ProjectRef } from '@/lib/certificates/active-projects';
import type { CertificateSubject, Inspection } from '@/lib/certificates/inspection';
import { adminFetch, consoleFetch, readAllPages } from './admin-fetch';
import { projectTrustKeys } from './project-trust';
import { useChange } from './use-change';

export type {
  CertificateListResponse as OrgCertificate,
  CertificateProjectsAnswer,
  CertificateSubject,
  Inspection,
  ProjectRef,
};

/** The organization's certificates (the /certificates page); the project tabs read them too. */
export const certificateKeys = {
  all: ['certificates'] as const,
  list: () => [...certificateKeys.all, 'list'] as const,
  subjects: (ids: readonly string[]) =>
    [...certificateKeys.all, 'subjects', [...ids].sort().join(',')] as const,
  projects: () => [...certificateKeys.all, 'projects'] as const,
};

const enc = encodeURIComponent;
const BASE = '/organization/certificates';

/** Every certificate of the organization, following `after` cursors (at most 100 a page). */
export function certificatesOptions() {
  return queryOptions({
    queryKey: certificateKeys.list(),
    queryFn: ({ signal }) => readAllPages<CertificateListResponse>(BASE, 100, signal),
  });
}

/** Who each certificate names (read from its content on the server). */
export function certificateSubjectsOptions(ids: readonly string[]) {
  return queryOptions({
    queryKey: certificateKeys.subjects(ids),
    queryFn: ({ signal }) =>
      consoleFetch<{ data: Record<string, CertificateSubject | null> }>(
        '/api/certificates/subjects',
        { query: { ids: ids.join(',') }, signal },
      ),
    enabled: ids.length > 0,
    staleTime: Infinity,
  });
}

/**
 * The projects where each certificate is active (read by the server, project by project, and
 * cached there). Asked again on every visit: a project tab's activation changes it.
 */
export function certificateProjectsOptions() {
  return queryOptions({
    queryKey: certificateKeys.projects(),
    queryFn: ({ signal }) =>
      consoleFetch<CertificateProjectsAnswer>('/api/certificates/projects', { signal }),
    staleTime: 0,
  });
}

/** Asks the console server what a PEM text holds; nothing is sent upstream. */
export function inspectCertificate(pem: string): Promise<Inspection> {
  return consoleFetch<Inspection>('/api/certificates/inspect', { method: 'POST', body: { pem } });
}

function useCertificateMutation<Vars, Result>(
  mutationFn: (vars: Vars) => Promise<Result>,
  success: ((result: Result, vars: Vars) => string) | null,
) {
  return useChange({
    mutationFn,
    success: (result, vars) => success?.(result, vars) ?? null,
    refresh: () => [{ queryKey: certificateKeys.list() }, { queryKey: projectTrustKeys.all }],
    refreshAfterFailure: true,
  });
}

export function useUploadCertificate() {
  return useCertificateMutation(
    (body: { certificate: string; name?: string }) =>
      adminFetch<Certificate>(BASE, { method: 'POST', body }),
    (certificate) =>
      `Certificate “${certificate.name ?? certificate.id}” uploaded. It is not active until you activate it.`,
  );
}

export function useRenameCertificate() {
  return useCertificateMutation(
    ({ id, name }: { id: string; name: string }) =>
      adminFetch<Certificate>(`${BASE}/${enc(id)}`, { method: 'POST', body: { name } }),
    (certificate) => `Certificate renamed to “${certificate.name ?? certificate.id}”.`,
  );
}

export function useDeleteCertificate() {
  return useCertificateMutation(
    async (certificate: { id: string; name: string }) => {
      await adminFetch(`${BASE}/${enc(certificate.id)}`, { method: 'DELETE' });
      return certificate;
    },
    (certificate) => `Certificate “${certificate.name}” deleted.`,
  );
}

/** Activates or deactivates up to 10 certificates organization-wide in one call (the API's limit). */
export function useToggleCertificates() {
  return useCertificateMutation(
    ({ ids, activate }: { ids: string[]; activate: boolean }) =>
      adminFetch<{ data: CertificateListResponse[] }>(
        `${BASE}/${activate ? 'activate' : 'deactivate'}`,
        {
          method: 'POST',
          body: { certificate_ids: ids },
        },
      ),
    null,
  );
}
