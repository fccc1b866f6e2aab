import 'server-only';
import type OpenAI from 'openai';
import { mapLimit } from '@/lib/format/map-limit';
import { groupByCertificate, type ActiveProjectsByCertificate, type CertificateProjectsAnswer } from '@/lib/certificates/active-projects';
import { CERTIFICATE_PROJECTS_PART, MAX_AGE_MS } from '../directory/directory';
import { UPSTREAM_CONCURRENCY } from '../directory/load';
import { directoryRoute } from '../directory/route';
import { cached, type Cached } from '../directory/shared-cache';

async function all<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of pages) out.push(item);
  return out;
}

/**
 * Reads every active project's certificates (all pages, at most UPSTREAM_CONCURRENCY projects at
 * a time) and turns them around: the Admin API has no "projects of a certificate" lookup.
 * Archived projects are left out (a certificate there trusts nothing).
 */
export async function loadCertificateProjects(client: OpenAI): Promise<ActiveProjectsByCertificate> {
  const projects = await all(client.admin.organization.projects.list({ limit: 100 }));
  const lists = await mapLimit(
    projects.filter((project) => project.status !== 'archived'),
    UPSTREAM_CONCURRENCY,
    async (project) => ({
      project: { id: project.id, name: project.name || project.id },
      certificates: await all(client.admin.organization.projects.certificates.list(project.id, { limit: 100 })),
    }),
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
