import { queryOptions } from '@tanstack/react-query';
import type { Certificate as OrgCertificate } from 'openai/resources/admin/organization/certificates';
import type { CertificateListResponse as ProjectCertificate } from 'openai/resources/admin/organization/projects/certificates';
import type { Role } from 'openai/resources/admin/organization/roles';
import { adminFetch, readAllPages } from './admin-fetch';
import type { RoleBody } from './roles';
import { useChange } from './use-change';

export type { OrgCertificate, ProjectCertificate, Role };

/*
 * A project's roles and certificates (the project page's Roles and Certificates tabs; its spend
 * alerts and limit are budgets, lib/queries/budgets.ts). Every key starts with the project's, so a
 * change in one project never refreshes another's.
 */
export const projectTrustKeys = {
  all: ['project-trust'] as const,
  project: (projectId: string) => [...projectTrustKeys.all, projectId] as const,
  roles: (projectId: string) => [...projectTrustKeys.project(projectId), 'roles'] as const,
  certificates: (projectId: string) =>
    [...projectTrustKeys.project(projectId), 'certificates'] as const,
  orgCertificates: () => [...projectTrustKeys.all, 'org-certificates'] as const,
};

const enc = encodeURIComponent;
/** Project roles live under `/projects/…` in the Admin API (not `/organization/projects/…`). */
const rolesPath = (projectId: string) => `/projects/${enc(projectId)}/roles`;
const projectPath = (projectId: string) => `/organization/projects/${enc(projectId)}`;

export function projectRolesOptions(projectId: string) {
  return queryOptions({
    queryKey: projectTrustKeys.roles(projectId),
    queryFn: ({ signal }) => readAllPages<Role>(rolesPath(projectId), 1000, signal),
  });
}

/** Every certificate of the organization (with its organization-wide state). */
export function orgCertificatesOptions() {
  return queryOptions({
    queryKey: projectTrustKeys.orgCertificates(),
    queryFn: ({ signal }) =>
      readAllPages<OrgCertificate>('/organization/certificates', 100, signal),
  });
}

/** The organization's certificates as this project sees them: `active` is the project's state. */
export function projectCertificatesOptions(projectId: string) {
  return queryOptions({
    queryKey: projectTrustKeys.certificates(projectId),
    queryFn: ({ signal }) =>
      readAllPages<ProjectCertificate>(`${projectPath(projectId)}/certificates`, 100, signal),
  });
}

/** A change in one project: toasts the outcome and refreshes `key`. Errors are shown by whoever asked. */
function useTrustMutation<Vars, Result>(
  key: readonly unknown[],
  mutationFn: (vars: Vars) => Promise<Result>,
  success: ((result: Result, vars: Vars) => string) | null,
) {
  // Also after a failure: a batch may have changed part of what it asked before failing.
  return useChange({
    mutationFn,
    success: (result, vars) => success?.(result, vars) ?? null,
    refresh: () => [{ queryKey: key }],
    refreshAfterFailure: true,
  });
}

export function useCreateProjectRole(projectId: string) {
  return useTrustMutation(
    projectTrustKeys.roles(projectId),
    (body: RoleBody) => adminFetch<Role>(rolesPath(projectId), { method: 'POST', body }),
    (role) => `Role “${role.name}” created.`,
  );
}

/** Sends only the fields that change. */
export function useUpdateProjectRole(projectId: string) {
  return useTrustMutation(
    projectTrustKeys.roles(projectId),
    ({ id, changes }: { id: string; changes: Partial<RoleBody> }) =>
      adminFetch<Role>(`${rolesPath(projectId)}/${enc(id)}`, { method: 'POST', body: changes }),
    (role) => `Role “${role.name}” saved.`,
  );
}

export function useDeleteProjectRole(projectId: string) {
  return useTrustMutation(
    projectTrustKeys.roles(projectId),
    async (role: Role) => {
      await adminFetch(`${rolesPath(projectId)}/${enc(role.id)}`, { method: 'DELETE' });
      return role;
    },
    (role) => `Role “${role.name}” deleted. Whoever held it in this project no longer does.`,
  );
}

/** Activates or deactivates up to 10 certificates in one call (the API's limit); the view batches. */
export function useToggleProjectCertificates(projectId: string) {
  return useTrustMutation(
    projectTrustKeys.certificates(projectId),
    ({ ids, activate }: { ids: string[]; activate: boolean }) =>
      adminFetch<{ data: ProjectCertificate[] }>(
        `${projectPath(projectId)}/certificates/${activate ? 'activate' : 'deactivate'}`,
        { method: 'POST', body: { certificate_ids: ids } },
      ),
    null,
  );
}
