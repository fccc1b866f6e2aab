import 'server-only';
import type OpenAI from 'openai';
import { groupByCertificate, type ActiveProjectsByCertificate, type CertificateProjectsAnswer } from '@/lib/certificates/active-projects';
import { CERTIFICATE_PROJECTS_PART, MAX_AGE_MS, projectList } from '../directory/directory';
import { all } from '../directory/load';
import { directoryRoute } from '../directory/route';
import { cached, type Cached } from '../directory/shared-cache';

/**
 * Reads every active project's certificates (all pages, through the process-wide upstream gate)
 * and turns them around: the Admin API has no "projects of a certificate" lookup. The projects
 * come from the directory's names-only list, which holds archived ones too: they are left out
 * (a certificate there trusts nothing).
 */
export async function loadCertificateProjects(client: OpenAI): Promise<ActiveProjectsByCertificate> {
  const projects = (await projectList(client)).value.filter((project) => project.status !== 'archived');
  const lists = await Promise.all(
    projects.map(async (project) => ({
      project: { id: project.id, name: project.name || project.id },
      certificates: await all(() => client.admin.organization.projects.certificates.list(project.id, { limit: 100 })),
    })),
  );
  return groupByCertificate(lists);
}

/**
 * The index from the shared cache: a change made through the console (a project activation, a
 * rename, an archive) marks it stale and the next read waits; otherwise an older copy is answered
 * while a new one loads, and its age is shown.
 */
export const certificateProjects = (client: OpenAI): Promise<Cached<ActiveProjectsByCertificate>> =>
  cached(CERTIFICATE_PROJECTS_PART, MAX_AGE_MS, () => loadCertificateProjects(client));

/** GET /api/certificates/projects: where each certificate is active (any signed-in console user). */
export const handleCertificateProjectsRequest = directoryRoute('certificate-projects', async (client): Promise<CertificateProjectsAnswer> => {
  const index = await certificateProjects(client);
  return { data: index.value, as_of: Math.floor(index.asOf / 1000) };
});
