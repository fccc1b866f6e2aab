import 'server-only';
import type OpenAI from 'openai';
import { APIError } from 'openai';
import { emptyNameBook, type NameBook } from '@/lib/audit/describe';
import type { AuditEvent } from '@/lib/audit/attribution';
import { mapLimit } from '@/lib/format/map-limit';
import { directoryUsers } from '../directory/directory';
import { UPSTREAM_CONCURRENCY } from '../directory/load';
import { cached, invalidate } from '../directory/shared-cache';

/*
 * The names one page of audit-log events needs. Whole collections that are small and shared
 * (users, projects, groups, roles, admin keys, certificates) come from short-lived caches; keys
 * and service accounts of a project are looked up one by one for the events on the page only,
 * and remembered (a 404 means the object was deleted: the page says so).
 */

const MAX_AGE_MS = 60_000;
const PART = {
  projects: 'audit.projects',
  groups: 'audit.groups',
  roles: 'audit.roles',
  adminKeys: 'audit.adminKeys',
  certificates: 'audit.certificates',
} as const;

async function all<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of pages) out.push(item);
  return out;
}

/** Marks the names a console change may have renamed as stale (called by the admin proxy). */
export function forgetNamesAfter(operation: string): void {
  if (['projects.create', 'projects.update'].includes(operation)) invalidate(PART.projects);
  if (['groups.create', 'groups.update'].includes(operation)) invalidate(PART.groups);
  if (operation.startsWith('roles.') || operation.startsWith('projects.roles.')) invalidate(PART.roles);
  if (operation.startsWith('adminAPIKeys.')) invalidate(PART.adminKeys);
  if (operation.startsWith('certificates.')) invalidate(PART.certificates);
}

// Names only: the people directory's copies also read every member, which a log does not need.
const projects = (client: OpenAI) => cached(PART.projects, MAX_AGE_MS, () => all(client.admin.organization.projects.list({ limit: 100, include_archived: true })));
const groups = (client: OpenAI) => cached(PART.groups, MAX_AGE_MS, () => all(client.admin.organization.groups.list({ limit: 1000 })));
const orgRoles = (client: OpenAI) => cached(PART.roles, MAX_AGE_MS, () => all(client.admin.organization.roles.list({ limit: 1000 })));
const adminKeys = (client: OpenAI) => cached(PART.adminKeys, MAX_AGE_MS, () => all(client.admin.organization.adminAPIKeys.list({ limit: 100 })));
const certificates = (client: OpenAI) => cached(PART.certificates, MAX_AGE_MS, () => all(client.admin.organization.certificates.list({ limit: 100 })));
const projectRoles = (client: OpenAI, projectId: string) =>
  cached(`${PART.roles}.${projectId}`, MAX_AGE_MS, () => all(client.admin.organization.projects.roles.list(projectId, { limit: 1000 })));

/** Project keys and service accounts already looked up: name, or null when it was deleted. */
const REMEMBERED = Symbol.for('console.audit.projectObjects');
const MAX_REMEMBERED = 5_000;
const remembered = (): Map<string, { name: string; owner?: string } | null> => ((globalThis as Record<symbol, Map<string, { name: string; owner?: string } | null>>)[REMEMBERED] ??= new Map());

async function projectObject(client: OpenAI, kind: 'key' | 'account', projectId: string, id: string) {
  const memo = remembered();
  const slot = `${kind} ${projectId} ${id}`;
  if (memo.has(slot)) return memo.get(slot) ?? null;
  let found: { name: string; owner?: string } | null;
  try {
    if (kind === 'key') {
      const key = await client.admin.organization.projects.apiKeys.retrieve(id, { project_id: projectId });
      found = { name: key.name, owner: key.owner.user?.email ?? key.owner.service_account?.name };
    } else {
      const account = await client.admin.organization.projects.serviceAccounts.retrieve(id, { project_id: projectId });
      found = { name: account.name };
    }
  } catch (err) {
    if (!(err instanceof APIError && err.status === 404)) throw err;
    found = null;
  }
  if (memo.size >= MAX_REMEMBERED) memo.delete(memo.keys().next().value as string);
  memo.set(slot, found);
  return found;
}

const detailsOf = (event: AuditEvent) => ((event as unknown as Record<string, unknown>)[event.type] ?? {}) as Record<string, unknown>;

/**
 * Everything needed to tell these events with names, cut down to the ids they name plus `keep`
 * (other ids the caller will name), or whole with `keep: 'all'` (for a file built on the server).
 * Returns the oldest "as of" of what it used.
 */
export async function namesFor(client: OpenAI, events: readonly AuditEvent[], keep: readonly string[] | 'all' = []): Promise<{ names: NameBook; asOf: number }> {
  const names = emptyNameBook();
  // Project roles are read only for the projects whose role events are on the page.
  const roleProjects = [...new Set(events.filter((e) => e.type.startsWith('role.')).map((e) => e.project?.id).filter((id): id is string => !!id))];
  const [users, projectList, groupList, roles, keys, certs, perProjectRoles] = await Promise.all([
    directoryUsers(client),
    projects(client),
    groups(client),
    orgRoles(client),
    adminKeys(client),
    certificates(client),
    mapLimit(roleProjects, UPSTREAM_CONCURRENCY, (id) => projectRoles(client, id).catch(() => ({ value: [], asOf: Date.now() }))),
  ]);
  for (const user of users.value) names.users[user.id] = { name: user.name ?? '', email: user.email ?? '' };
  for (const project of projectList.value) names.projects[project.id] = project.name ?? project.id;
  for (const group of groupList.value) names.groups[group.id] = group.name;
  for (const role of [...roles.value, ...perProjectRoles.flatMap((r) => r.value)]) names.roles[role.id] = role.name;
  for (const key of keys.value) names.keys[key.id] = { name: key.name ?? key.redacted_value, owner: key.owner?.name ?? undefined };
  for (const cert of certs.value) names.certificates[cert.id] = cert.name ?? cert.id;

  // Keys and service accounts the events name, in the event's project.
  const lookups: { kind: 'key' | 'account'; projectId: string; id: string }[] = [];
  for (const event of events) {
    const id = detailsOf(event).id;
    const projectId = event.project?.id;
    if (typeof id !== 'string' || !projectId) continue;
    if (event.type.startsWith('api_key.') && !names.keys[id]) lookups.push({ kind: 'key', projectId, id });
    if (event.type.startsWith('service_account.')) lookups.push({ kind: 'account', projectId, id });
  }
  await mapLimit(lookups, UPSTREAM_CONCURRENCY, async ({ kind, projectId, id }) => {
    const found = await projectObject(client, kind, projectId, id);
    if (!found) return;
    if (kind === 'key') names.keys[id] = found;
    else names.serviceAccounts[id] = found.name;
  });
  const asOf = Math.min(users.asOf, projectList.asOf, groupList.asOf, roles.asOf, keys.asOf, certs.asOf);
  return { names: keep === 'all' ? names : onlyNamed(names, stringsIn(events, new Set(keep))), asOf };
}

/** Every string anywhere in the events (ids among them). */
function stringsIn(value: unknown, into: Set<string>, depth = 0): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (value && typeof value === 'object' && depth < 6) for (const item of Object.values(value)) stringsIn(item, into, depth + 1);
  return into;
}

/** The book cut down to the ids named: the browser gets a few names, not 10,000 users. */
function onlyNamed(names: NameBook, named: ReadonlySet<string>): NameBook {
  const keep = <T,>(book: Record<string, T>) => Object.fromEntries(Object.entries(book).filter(([id]) => named.has(id)));
  return {
    users: keep(names.users),
    projects: keep(names.projects),
    groups: keep(names.groups),
    roles: keep(names.roles),
    keys: keep(names.keys),
    serviceAccounts: keep(names.serviceAccounts),
    certificates: keep(names.certificates),
    invites: keep(names.invites),
  };
}
