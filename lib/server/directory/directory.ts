import 'server-only';
import type OpenAI from 'openai';
import { cached, clearAll, invalidate, isKnown } from './shared-cache';
import { loadGroups, loadProjects, loadUsers } from './load';
import type { MemberRow } from './members-query';

/*
 * The people directory: the organization's users, groups and projects with their members, read
 * from upstream and kept for a short while, so pages can show names and memberships instead of
 * ids and search all users without the browser downloading them. A change made through the
 * console marks the parts it touches stale (see invalidateAfter) and the next read waits for them;
 * changes made elsewhere show up within MAX_AGE_MS (an older copy is answered while a new one loads).
 */

export const MAX_AGE_MS = 60_000;

const PART = {
  users: 'directory.users',
  groups: 'directory.groups',
  projects: 'directory.projects',
  /** Where each certificate is active at project level (lib/server/certificates/projects.ts). */
  certificateProjects: 'certificates.projects',
} as const;
type Part = keyof typeof PART;

export const directoryUsers = (client: OpenAI) =>
  cached(PART.users, MAX_AGE_MS, () => loadUsers(client));
export const directoryGroups = (client: OpenAI) =>
  cached(PART.groups, MAX_AGE_MS, () => loadGroups(client));
export const directoryProjects = (client: OpenAI) =>
  cached(PART.projects, MAX_AGE_MS, () => loadProjects(client));

/** The shared-cache name of the certificates-by-project index, which certificate changes mark stale. */
export const CERTIFICATE_PROJECTS_PART = PART.certificateProjects;

/** Which directory parts an operation of the registry changes when it succeeds. */
export function partsChangedBy(operationName: string): Part[] {
  if (operationName.startsWith('users.roles.') || operationName.startsWith('groups.roles.'))
    return [];
  if (operationName.startsWith('users.')) return ['users', 'groups', 'projects'];
  if (operationName.startsWith('groups.')) return ['groups'];
  if (
    operationName.startsWith('projects.users.') &&
    !operationName.startsWith('projects.users.roles.')
  )
    return ['projects'];
  if (['projects.certificates.activate', 'projects.certificates.deactivate'].includes(operationName))
    return ['certificateProjects'];
  // A renamed or archived project changes the names, or the projects, the certificate index shows.
  if (['projects.update', 'projects.archive'].includes(operationName))
    return ['projects', 'certificateProjects'];
  if (operationName === 'projects.create') return ['projects'];
  return [];
}

/** Forgets everything read (the sandbox organization was reset, say). */
export const forgetDirectory = clearAll;

/** Called by the admin proxy after a change succeeded (or may have). */
export function invalidateAfter(operationName: string): void {
  for (const part of partsChangedBy(operationName)) invalidate(PART[part]);
}

/**
 * Every organization user as a members row. Memberships come along when they are already known,
 * or when `waitForMemberships`; otherwise they are read in the background and the rows carry null.
 */
export async function memberRows(
  client: OpenAI,
  waitForMemberships: boolean,
): Promise<{ rows: MemberRow[]; asOf: number; membershipsReady: boolean }> {
  const membershipsKnown = isKnown(PART.groups) && isKnown(PART.projects);
  const memberships = Promise.all([directoryGroups(client), directoryProjects(client)]);
  // Read in the background when not waited for; and if reading users fails first, nobody awaits it.
  memberships.catch(() => {});
  const users = await directoryUsers(client);
  const known = membershipsKnown || waitForMemberships ? await memberships : null;

  const projectsOf = new Map<string, NonNullable<MemberRow['projects']>>();
  const groupsOf = new Map<string, NonNullable<MemberRow['groups']>>();
  for (const { project, members } of known?.[1].value ?? [])
    for (const m of members) {
      const list = projectsOf.get(m.userId) ?? [];
      list.push({
        id: project.id,
        name: project.name ?? project.id,
        role: m.role,
        archived: project.status === 'archived',
      });
      projectsOf.set(m.userId, list);
    }
  for (const { group, memberIds } of known?.[0].value ?? [])
    for (const id of memberIds) {
      const list = groupsOf.get(id) ?? [];
      list.push({ id: group.id, name: group.name });
      groupsOf.set(id, list);
    }
  const rows = users.value.map((u): MemberRow => ({
    id: u.id,
    name: u.name ?? null,
    email: u.email ?? null,
    role: u.role ?? null,
    added_at: u.added_at,
    is_scim_managed: u.is_scim_managed ?? false,
    projects: known ? (projectsOf.get(u.id) ?? []) : null,
    groups: known ? (groupsOf.get(u.id) ?? []) : null,
  }));
  const asOf = Math.min(users.asOf, ...(known ? [known[0].asOf, known[1].asOf] : []));
  return { rows, asOf, membershipsReady: known !== null };
}
