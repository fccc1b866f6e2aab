import 'server-only';
import type OpenAI from 'openai';
import type { OrganizationUser } from 'openai/resources/admin/organization/users/users';
import type { Tally } from '../upstream-gate';
import { cached, clearAll, invalidate, isKnown, type Cached } from './shared-cache';
import { all, loadGroups, loadProjectList, loadProjects, loadUsers } from './load';
import type { MemberRow } from './members-query';

/*
 * The directory: what the organization is made of, read from upstream and kept for a short while,
 * shared by every page that names things (members, usage, costs, budgets, the audit log,
 * certificates). The people directory proper (users, groups and projects with their members) lets
 * pages show names and memberships instead of ids and search all users without the browser
 * downloading them; names-only lists (projects, groups, roles, admin keys, certificates) and lists
 * kept per project (API keys, service accounts, roles, budgets) serve the pages that only name ids.
 *
 * A change made through the console marks the parts it touches stale (see invalidateAfter) and the
 * next read waits for them; changes made elsewhere show up within MAX_AGE_MS (an older copy is
 * answered while a new one loads).
 */

export const MAX_AGE_MS = 60_000;
/** Lists kept per project: read only for the projects a page names, so kept longer. */
export const PROJECT_LIST_MAX_AGE_MS = 5 * 60_000;
/** A list this young is trusted when it lacks an id; an older one is read again first (once). */
export const RECHECK_MS = 30_000;

const PART = {
  users: 'directory.users',
  groups: 'directory.groups',
  projects: 'directory.projects',
  /** Where each certificate is active at project level (lib/server/certificates/projects.ts). */
  certificateProjects: 'certificates.projects',
  /** Names only (no members), archived projects included. */
  projectNames: 'directory.projectNames',
  groupNames: 'directory.groupNames',
  roles: 'directory.roles',
  adminKeys: 'directory.adminKeys',
  certificates: 'directory.certificates',
} as const;
type Part = keyof typeof PART;

/** Lists kept per project, and the operations (by prefix) that change them. */
const PROJECT_PART = {
  // A new service account comes with its key; deleting one deletes its keys.
  apiKeys: ['projects.apiKeys.', 'projects.serviceAccounts.'],
  serviceAccounts: ['projects.serviceAccounts.'],
  roles: ['projects.roles.'],
  /** The project's spend limit and alerts (lib/server/budgets/project-budgets.ts). */
  budget: ['projects.spendAlerts.', 'projects.spendLimit.'],
} as const;
export type ProjectPart = keyof typeof PROJECT_PART;

/** The shared-cache name of one project's list of a kind. */
export const projectPart = (kind: ProjectPart, projectId: string) =>
  `directory.project.${kind}.${projectId}`;

/*
 * The users read so far by the running first read of the users (10,000 users are 100 pages read
 * one after another: seconds), so the Members page can show them while the rest arrive. On
 * globalThis: the warm-up (instrumentation) and the route that answers run in different bundles.
 */
interface UsersProgress {
  read: readonly OrganizationUser[];
  startedAt: number;
  /** Settles when the first page has arrived (or the read ended). */
  firstPage: Promise<void>;
}
const PROGRESS = Symbol.for('console.directory.usersProgress');
const progressHolder = globalThis as unknown as Record<symbol, UsersProgress | undefined>;

export const directoryUsers = (client: OpenAI) =>
  cached(PART.users, MAX_AGE_MS, () => {
    let pageArrived = () => {};
    const progress: UsersProgress = {
      read: [],
      startedAt: Date.now(),
      firstPage: new Promise<void>((resolve) => (pageArrived = resolve)),
    };
    progressHolder[PROGRESS] = progress;
    return loadUsers(client, (soFar) => {
      progress.read = soFar;
      pageArrived();
    }).finally(() => {
      pageArrived();
      if (progressHolder[PROGRESS] === progress) progressHolder[PROGRESS] = undefined;
    });
  });

/**
 * The users, or, when they are being read for the first time (none known) and that takes longer
 * than `partialAfterMs`, those read so far (at least a page) with `complete: false`.
 */
async function usersNowOrSoFar(
  client: OpenAI,
  partialAfterMs: number | undefined,
): Promise<Cached<readonly OrganizationUser[]> & { complete: boolean }> {
  const loading = directoryUsers(client);
  if (partialAfterMs === undefined || isKnown(PART.users))
    return { ...(await loading), complete: true };
  loading.catch(() => {}); // when answered in part, a failure is told by a later read
  const progress = progressHolder[PROGRESS];
  if (!progress) return { ...(await loading), complete: true };
  // A read that began earlier (the warm-up) has already had part of the wait.
  const waitMs = Math.max(0, partialAfterMs - (Date.now() - progress.startedAt));
  const later = Symbol('later');
  const first = await Promise.race([
    loading,
    new Promise<typeof later>((resolve) => setTimeout(() => resolve(later), waitMs)),
  ]);
  if (first !== later) return { ...first, complete: true };
  const settled = await Promise.race([loading, progress.firstPage.then((): typeof later => later)]);
  if (settled !== later) return { ...settled, complete: true };
  return { value: progress.read, asOf: progress.startedAt, complete: false };
}

export const directoryGroups = (client: OpenAI) =>
  cached(PART.groups, MAX_AGE_MS, () => loadGroups(client));
export const directoryProjects = (client: OpenAI) =>
  cached(PART.projects, MAX_AGE_MS, () => loadProjects(client));

/** The shared-cache name of the certificates-by-project index, which certificate changes mark stale. */
export const CERTIFICATE_PROJECTS_PART = PART.certificateProjects;

/** What a names-only read may be given: the ids it should name, and a tally of upstream requests. */
export interface ListOptions {
  /** Ids the caller wants named: a copy older than RECHECK_MS that lacks one is read again first. */
  need?: Iterable<string>;
  tally?: Tally;
}

/** The organization's projects, archived ones included, in the API's order (names only). */
export const projectList = (client: OpenAI, options: ListOptions = {}) =>
  listFor(PART.projectNames, MAX_AGE_MS, () => loadProjectList(client, options.tally), options);
export const groupList = (client: OpenAI) =>
  cached(PART.groupNames, MAX_AGE_MS, () =>
    all(() => client.admin.organization.groups.list({ limit: 1000 })),
  );
export const orgRoleList = (client: OpenAI) =>
  cached(PART.roles, MAX_AGE_MS, () =>
    all(() => client.admin.organization.roles.list({ limit: 1000 })),
  );
export const adminKeyList = (client: OpenAI) =>
  cached(PART.adminKeys, MAX_AGE_MS, () =>
    all(() => client.admin.organization.adminAPIKeys.list({ limit: 100 })),
  );
export const certificateList = (client: OpenAI) =>
  cached(PART.certificates, MAX_AGE_MS, () =>
    all(() => client.admin.organization.certificates.list({ limit: 100 })),
  );

/** One project's API keys, whoever owns them. */
export const projectAPIKeyList = (client: OpenAI, projectId: string, options: ListOptions = {}) =>
  listFor(
    projectPart('apiKeys', projectId),
    PROJECT_LIST_MAX_AGE_MS,
    () =>
      all(
        () =>
          client.admin.organization.projects.apiKeys.list(projectId, {
            limit: 100,
            owner_project_access: 'any',
          }),
        options.tally,
      ),
    options,
  );
/** One project's service accounts. */
export const projectServiceAccountList = (
  client: OpenAI,
  projectId: string,
  options: ListOptions = {},
) =>
  listFor(
    projectPart('serviceAccounts', projectId),
    PROJECT_LIST_MAX_AGE_MS,
    () =>
      all(
        () => client.admin.organization.projects.serviceAccounts.list(projectId, { limit: 100 }),
        options.tally,
      ),
    options,
  );
/** One project's custom roles. */
export const projectRoleList = (client: OpenAI, projectId: string) =>
  cached(projectPart('roles', projectId), MAX_AGE_MS, () =>
    all(() => client.admin.organization.projects.roles.list(projectId, { limit: 1000 })),
  );

/*
 * Ids a list lacked when it was read again for them: deleted keys and projects, normal in 90 days
 * of usage. They never cause another read of that list (a later regular refresh may still find
 * them); only their count per list is bounded.
 */
const GONE = Symbol.for('console.directory.gone');
const MAX_GONE_PER_LIST = 10_000;
const goneFrom = (name: string): Set<string> => {
  const lists = ((globalThis as Record<symbol, Map<string, Set<string>>>)[GONE] ??= new Map());
  let set = lists.get(name);
  if (!set || set.size > MAX_GONE_PER_LIST) lists.set(name, (set = new Set()));
  return set;
};

/**
 * A cached list of things with ids. When it lacks a needed id that is not known to be gone and
 * the copy is older than RECHECK_MS, it is read again once, waited for (the id may be newer than
 * the copy); the ids it still lacks then are remembered as gone.
 */
async function listFor<T extends { id: string }>(
  name: string,
  maxAgeMs: number,
  load: () => Promise<T[]>,
  { need }: ListOptions,
): Promise<Cached<T[]>> {
  const found = await cached(name, maxAgeMs, load);
  if (!need || Date.now() - found.asOf < RECHECK_MS) return found;
  const gone = goneFrom(name);
  const has = new Set(found.value.map((item) => item.id));
  const missing = [...need].filter((id) => !has.has(id) && !gone.has(id));
  if (missing.length === 0) return found;
  if (isKnown(name)) invalidate(name); // not twice when concurrent readers miss the same ids
  const again = await cached(name, maxAgeMs, load);
  const now = new Set(again.value.map((item) => item.id));
  for (const id of missing) if (!now.has(id)) gone.add(id);
  return again;
}

/** Which directory parts an operation of the registry changes when it succeeds. */
export function partsChangedBy(operationName: string): Part[] {
  if (operationName.startsWith('users.roles.') || operationName.startsWith('groups.roles.'))
    return [];
  if (operationName.startsWith('users.')) return ['users', 'groups', 'projects'];
  if (operationName.startsWith('groups.users.')) return ['groups'];
  if (operationName.startsWith('groups.')) return ['groups', 'groupNames'];
  if (operationName.startsWith('roles.')) return ['roles'];
  if (operationName.startsWith('adminAPIKeys.')) return ['adminKeys'];
  if (operationName.startsWith('certificates.')) return ['certificates'];
  if (
    operationName.startsWith('projects.users.') &&
    !operationName.startsWith('projects.users.roles.')
  )
    return ['projects'];
  if (
    ['projects.certificates.activate', 'projects.certificates.deactivate'].includes(operationName)
  )
    return ['certificateProjects'];
  // A renamed or archived project changes the names, or the projects, the certificate index shows.
  if (['projects.update', 'projects.archive'].includes(operationName))
    return ['projects', 'certificateProjects', 'projectNames'];
  if (operationName === 'projects.create') return ['projects', 'projectNames'];
  return [];
}

/** Which lists of the project an operation changes when it succeeds. */
export function projectPartsChangedBy(operationName: string): ProjectPart[] {
  return (Object.keys(PROJECT_PART) as ProjectPart[]).filter((kind) =>
    PROJECT_PART[kind].some((prefix) => operationName.startsWith(prefix)),
  );
}

/** Forgets everything read (the sandbox organization was reset, say). */
export const forgetDirectory = clearAll;

/**
 * Called by the admin proxy after a change succeeded (or may have): marks what it touched stale,
 * the organization's parts and, given the operation's path ids, the project's lists.
 */
export function invalidateAfter(
  operationName: string,
  params: Readonly<Record<string, string>> = {},
): void {
  for (const part of partsChangedBy(operationName)) invalidate(PART[part]);
  const projectId = params.project_id;
  if (projectId)
    for (const kind of projectPartsChangedBy(operationName))
      invalidate(projectPart(kind, projectId));
}

export interface MemberRows {
  rows: MemberRow[];
  asOf: number;
  membershipsReady: boolean;
  /** False when `rows` are only the users read so far (see memberRows' partialUsersAfterMs). */
  usersComplete: boolean;
}

/**
 * Every organization user as a members row. Memberships come along when they are already known,
 * or when `waitForMemberships`; otherwise they are read in the background and the rows carry null.
 * With `partialUsersAfterMs`, a first read of the users that takes longer is answered with the
 * users read so far (`usersComplete: false`, no memberships) instead of waited for.
 */
export async function memberRows(
  client: OpenAI,
  waitForMemberships: boolean,
  partialUsersAfterMs?: number,
): Promise<MemberRows> {
  const membershipsKnown = isKnown(PART.groups) && isKnown(PART.projects);
  // Users first when none are known: every page needs them, while memberships (a read per project
  // and per group) only fill in columns, and would otherwise slow the users' pages down.
  const usersFirst = isKnown(PART.users) ? Promise.resolve() : directoryUsers(client);
  const memberships = usersFirst.then(() =>
    Promise.all([directoryGroups(client), directoryProjects(client)]),
  );
  // Read in the background when not waited for; and if reading users fails first, nobody awaits it.
  memberships.catch(() => {});
  const users = await usersNowOrSoFar(client, waitForMemberships ? undefined : partialUsersAfterMs);
  const known = users.complete && (membershipsKnown || waitForMemberships) ? await memberships : null;

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
  return { rows, asOf, membershipsReady: known !== null, usersComplete: users.complete };
}
