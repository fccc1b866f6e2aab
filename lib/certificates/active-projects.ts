/*
 * Where each organization certificate is active at project level (GET /api/certificates/projects):
 * the Admin API only answers per project, so the server reads every active project's list and
 * turns it around. Shared by the server and the browser.
 */

export interface ProjectRef {
  id: string;
  name: string;
}

/** Certificate id → the projects it is active in, by name. Certificates active nowhere are absent. */
export type ActiveProjectsByCertificate = Record<string, ProjectRef[]>;

export interface CertificateProjectsAnswer {
  data: ActiveProjectsByCertificate;
  /** When it was read from upstream (Unix seconds). */
  as_of: number;
}

/** One project's certificate list, as read: which certificates are active in it. */
export interface ProjectCertificateState {
  project: ProjectRef;
  certificates: readonly { id: string; active: boolean }[];
}

/** Groups the active certificates of each project by certificate; projects in name order. */
export function groupByCertificate(lists: readonly ProjectCertificateState[]): ActiveProjectsByCertificate {
  const out: ActiveProjectsByCertificate = {};
  const byName = [...lists].sort((a, b) => a.project.name.localeCompare(b.project.name) || (a.project.id < b.project.id ? -1 : 1));
  for (const { project, certificates } of byName)
    for (const certificate of certificates) {
      if (!certificate.active) continue;
      const projects = (out[certificate.id] ??= []);
      if (!projects.some((p) => p.id === project.id)) projects.push(project);
    }
  return out;
}
