import 'server-only';
import type OpenAI from 'openai';
import { APIError } from 'openai';
import { emptyNameBook, type NameBook } from '@/lib/audit/describe';
import type { AuditEvent } from '@/lib/audit/attribution';
import { describeUpstream, getConfig } from '../config';
import {
  adminKeyList,
  certificateList,
  directoryUsers,
  groupList,
  orgRoleList,
  projectAPIKeyList,
  projectList,
  projectRoleList,
  projectServiceAccountList,
} from '../directory/directory';
import { mapUpstreamError } from '../proxy/upstream-errors';

/*
 * The names one page of audit-log events needs, all from the directory's shared, short-lived
 * lists (which a change made through the console marks stale): the organization's users,
 * projects, groups, roles, admin keys and certificates; and, only for the projects whose events
 * are on the page, their API keys, service accounts and custom roles. An id no list names any more
 * (a deleted key, say) stays an id: the page says so.
 */

/** The projects whose `prefix…` events (role., api_key., service_account.) are among these. */
const projectsOf = (events: readonly AuditEvent[], prefix: string) => [
  ...new Set(events.filter((e) => e.type.startsWith(prefix)).map((e) => e.project?.id).filter((id): id is string => !!id)),
];

/**
 * A project's list, or nothing when upstream will not give it (a deleted project answers 404; any
 * other refusal should not cost the page its events either): its ids stay ids.
 */
async function orNothing<T>(read: Promise<{ value: T[] }>): Promise<T[]> {
  try {
    return (await read).value;
  } catch (err) {
    if (err instanceof APIError) return [];
    throw err;
  }
}

/**
 * Everything needed to tell these events with names, cut down to the ids they name plus `keep`
 * (other ids the caller will name), or whole with `keep: 'all'` (for a file built on the server).
 * Returns the oldest "as of" of what it used. Throws when an organization-wide list cannot be read.
 */
export async function namesFor(client: OpenAI, events: readonly AuditEvent[], keep: readonly string[] | 'all' = []): Promise<{ names: NameBook; asOf: number }> {
  const names = emptyNameBook();
  const [users, projects, groups, roles, keys, certs, perProject] = await Promise.all([
    directoryUsers(client),
    projectList(client),
    groupList(client),
    orgRoleList(client),
    adminKeyList(client),
    certificateList(client),
    Promise.all([
      ...projectsOf(events, 'role.').map(async (id) => ({ roles: await orNothing(projectRoleList(client, id)) })),
      ...projectsOf(events, 'api_key.').map(async (id) => ({ keys: await orNothing(projectAPIKeyList(client, id)) })),
      ...projectsOf(events, 'service_account.').map(async (id) => ({ accounts: await orNothing(projectServiceAccountList(client, id)) })),
    ]),
  ]);
  for (const user of users.value) names.users[user.id] = { name: user.name ?? '', email: user.email ?? '' };
  for (const project of projects.value) names.projects[project.id] = project.name ?? project.id;
  for (const group of groups.value) names.groups[group.id] = group.name;
  for (const role of roles.value) names.roles[role.id] = role.name;
  for (const key of keys.value) names.keys[key.id] = { name: key.name ?? key.redacted_value, owner: key.owner?.name ?? undefined };
  for (const cert of certs.value) names.certificates[cert.id] = cert.name ?? cert.id;
  for (const lists of perProject) {
    for (const role of 'roles' in lists ? lists.roles : []) names.roles[role.id] = role.name;
    for (const key of 'keys' in lists ? lists.keys : [])
      names.keys[key.id] ??= { name: key.name, owner: key.owner.user?.email ?? key.owner.service_account?.name };
    for (const account of 'accounts' in lists ? lists.accounts : []) names.serviceAccounts[account.id] = account.name;
  }
  const asOf = Math.min(users.asOf, projects.asOf, groups.asOf, roles.asOf, keys.asOf, certs.asOf);
  return { names: keep === 'all' ? names : onlyNamed(names, stringsIn(events, new Set(keep))), asOf };
}

/**
 * namesFor, but a failure is an answer: no names (the events are still shown, with ids) and the
 * reason, told as the admin proxy tells upstream failures.
 */
export async function namesOrError(
  client: OpenAI,
  events: readonly AuditEvent[],
  keep: readonly string[] | 'all' = [],
): Promise<{ names: NameBook; asOf: number; error: string | null }> {
  try {
    return { ...(await namesFor(client, events, keep)), error: null };
  } catch (err) {
    const error = mapUpstreamError(err, false, describeUpstream(getConfig())).error.message;
    return { names: emptyNameBook(), asOf: Date.now(), error };
  }
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
