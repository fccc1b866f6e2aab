import 'server-only';
import OpenAI from 'openai';
import type { ProjectAPIKey } from 'openai/resources/admin/organization/projects/api-keys';
import { directoryUsers, projectAPIKeyList, projectList } from '../directory/directory';
import { cached } from '../directory/shared-cache';
import { inUpstreamSlot, type Tally } from '../upstream-gate';

/*
 * Names for the ids of the series a usage answer draws: projects (the directory's names-only
 * list, archived ones included), users (the people directory; someone missing from it is looked
 * up once and kept), API keys (the directory's list per project, only for the projects whose keys
 * appear). An id that no longer names anything is told as gone ("deleted key …a1b2"), never
 * dropped; a list that cannot be read leaves its ids with short labels ("key …a1b2"), so the
 * chart still draws. A list older than RECHECK_MS is read again, once, before an id missing from
 * it is called gone (it may be newer than the list; see the directory's listFor).
 */

export interface Name {
  label: string;
  gone: boolean;
}

export interface Names {
  projects: Map<string, Name>;
  users: Map<string, Name>;
  keys: Map<string, Name>;
}

export interface Wanted {
  projects: Set<string>;
  users: Set<string>;
  /** Key id → the project it is in (null when upstream did not say). */
  keys: Map<string, string | null>;
}

/** How long a user missing from the directory is remembered as looked up. */
const MISSING_USER_MAX_AGE_MS = 10 * 60_000;
const missingUserPart = (id: string) => `usage.names.user.${id}`;

export const tail = (id: string) => `…${id.slice(-4)}`;

/**
 * Starts reading the lists names will come from while the usage itself is read, so naming costs
 * no extra round trip. Failures are left to resolveNames, which reads again (and, failing again,
 * labels the ids shortly).
 */
export function prefetchNames(client: OpenAI, groupBy: readonly string[], tally: Tally): void {
  if (groupBy.includes('project_id')) projectList(client, { tally }).catch(() => {});
  if (groupBy.includes('user_id')) directoryUsers(client).catch(() => {});
}

async function projectNames(
  client: OpenAI,
  wanted: Set<string>,
  tally: Tally,
): Promise<Map<string, Name>> {
  const out = new Map<string, Name>();
  if (wanted.size === 0) return out;
  const projects = await projectList(client, { need: wanted, tally }).then(
    (list) => new Map(list.value.map((p) => [p.id, p] as const)),
    () => null,
  );
  for (const id of wanted) {
    const project = projects?.get(id);
    out.set(
      id,
      project
        ? {
            label: `${project.name || id}${project.status === 'archived' ? ' (archived)' : ''}`,
            gone: false,
          }
        : projects
          ? { label: `deleted project ${tail(id)}`, gone: true }
          : { label: `project ${tail(id)}`, gone: false },
    );
  }
  return out;
}

/** A user the directory does not hold (someone who left, or joined since it was read), asked once and kept. */
const missingUser = (client: OpenAI, id: string, tally: Tally) =>
  cached(missingUserPart(id), MISSING_USER_MAX_AGE_MS, async (): Promise<Name> => {
    tally.requests++;
    try {
      const user = await inUpstreamSlot(() => client.admin.organization.users.retrieve(id));
      return { label: user.name || user.email || id, gone: false };
    } catch (err) {
      if (err instanceof OpenAI.NotFoundError)
        return { label: `departed user ${tail(id)}`, gone: true };
      throw err; // not kept: the next answer asks again
    }
  });

async function userNames(
  client: OpenAI,
  wanted: Set<string>,
  tally: Tally,
): Promise<Map<string, Name>> {
  const out = new Map<string, Name>();
  if (wanted.size === 0) return out;
  const users = await directoryUsers(client).then(
    (list) => new Map(list.value.map((u) => [u.id, u] as const)),
    () => null,
  );
  await Promise.all(
    [...wanted].map(async (id) => {
      const user = users?.get(id);
      if (user) return out.set(id, { label: user.name || user.email || id, gone: false });
      const fallback = { label: `user ${tail(id)}`, gone: false };
      if (!users) return out.set(id, fallback);
      out.set(
        id,
        await missingUser(client, id, tally).then(
          (found) => found.value,
          () => fallback,
        ),
      );
    }),
  );
  return out;
}

function keyLabel(key: ProjectAPIKey): string {
  const owner = key.owner.user?.name || key.owner.user?.email || key.owner.service_account?.name;
  const name = key.name || `key ${tail(key.id)}`;
  return owner ? `${name} (${owner})` : name;
}

async function keyNames(
  client: OpenAI,
  wanted: Map<string, string | null>,
  tally: Tally,
): Promise<Map<string, Name>> {
  const out = new Map<string, Name>();
  const byProject = new Map<string, string[]>();
  for (const [keyId, projectId] of wanted) {
    if (projectId === null) out.set(keyId, { label: `key ${tail(keyId)}`, gone: false });
    else byProject.set(projectId, [...(byProject.get(projectId) ?? []), keyId]);
  }
  await Promise.all(
    [...byProject].map(async ([projectId, keyIds]) => {
      let keys: Map<string, ProjectAPIKey> | null;
      try {
        const list = await projectAPIKeyList(client, projectId, { need: keyIds, tally });
        keys = new Map(list.value.map((k) => [k.id, k] as const));
      } catch (err) {
        // A deleted project has no keys left; any other failure leaves the keys unnamed, not gone.
        keys = err instanceof OpenAI.NotFoundError ? new Map() : null;
      }
      for (const keyId of keyIds) {
        const key = keys?.get(keyId);
        out.set(
          keyId,
          key
            ? { label: keyLabel(key), gone: false }
            : keys
              ? { label: `deleted key ${tail(keyId)}`, gone: true }
              : { label: `key ${tail(keyId)}`, gone: false },
        );
      }
    }),
  );
  return out;
}

/** Names for every wanted id, read in parallel. */
export async function resolveNames(client: OpenAI, wanted: Wanted, tally: Tally): Promise<Names> {
  const [projects, users, keys] = await Promise.all([
    projectNames(client, wanted.projects, tally),
    userNames(client, wanted.users, tally),
    keyNames(client, wanted.keys, tally),
  ]);
  return { projects, users, keys };
}
