import 'server-only';
import OpenAI from 'openai';
import type { AbstractPage } from 'openai/core/pagination';
import type { ProjectAPIKey } from 'openai/resources/admin/organization/projects/api-keys';
import type { Project } from 'openai/resources/admin/organization/projects/projects';
import { mapLimit } from '@/lib/format/map-limit';
import { directoryUsers } from '../directory/directory';
import { cached, invalidate } from '../directory/shared-cache';
import { coalesce, inUpstreamSlot, UPSTREAM_SLOTS } from './gate';
import type { Tally } from './upstream';

/*
 * Names for the ids usage is grouped by: projects (one list, archived ones included), users (the
 * people directory, which the console keeps fresh), API keys (read per project, only for the
 * projects whose keys appear, a few projects at a time, and cached). An id that no longer names
 * anything is told as gone ("deleted key …a1b2"), never dropped. A list older than RECHECK_MS is
 * read again before an id missing from it is called gone (it may be newer than the list).
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

const PROJECTS_MAX_AGE_MS = 60_000;
const KEYS_MAX_AGE_MS = 5 * 60_000;
const RECHECK_MS = 30_000;
const PROJECTS_PART = 'usage.names.projects';
const keysPart = (projectId: string) => `usage.names.keys.${projectId}`;

export const tail = (id: string) => `…${id.slice(-4)}`;

/** Every item of a list, one page per upstream slot, each page counted. */
async function allItems<T>(first: () => Promise<AbstractPage<T>>, tally: Tally): Promise<T[]> {
  const items: T[] = [];
  tally.requests++;
  let page = await inUpstreamSlot(first);
  items.push(...page.getPaginatedItems());
  while (page.hasNextPage()) {
    const current = page;
    tally.requests++;
    page = await inUpstreamSlot(() => current.getNextPage());
    items.push(...page.getPaginatedItems());
  }
  return items;
}

/** A cached value; reloaded first when `stale(value)` says an id is missing and the copy is older than RECHECK_MS. */
async function fresh<T>(name: string, maxAgeMs: number, load: () => Promise<T>, missing: (value: T) => boolean) {
  const found = await cached(name, maxAgeMs, load);
  if (!missing(found.value) || Date.now() - found.asOf < RECHECK_MS) return found.value;
  invalidate(name);
  return (await cached(name, maxAgeMs, load)).value;
}

const loadProjects = (client: OpenAI, tally: Tally) => async () =>
  new Map(
    (await allItems(() => client.admin.organization.projects.list({ limit: 100, include_archived: true }), tally)).map(
      (p: Project) => [p.id, p] as const,
    ),
  );

/**
 * Starts reading the lists names will come from while the usage itself is read, so naming costs
 * no extra round trip. Failures are left to resolveNames, which reads again and says why.
 */
export function prefetchNames(client: OpenAI, groupBy: readonly string[], tally: Tally): void {
  if (groupBy.includes('project_id')) cached(PROJECTS_PART, PROJECTS_MAX_AGE_MS, loadProjects(client, tally)).catch(() => {});
  if (groupBy.includes('user_id')) directoryUsers(client).catch(() => {});
}

async function projectNames(client: OpenAI, wanted: Set<string>, tally: Tally): Promise<Map<string, Name>> {
  const out = new Map<string, Name>();
  if (wanted.size === 0) return out;
  const load = loadProjects(client, tally);
  const projects = await fresh(PROJECTS_PART, PROJECTS_MAX_AGE_MS, load, (all) => [...wanted].some((id) => !all.has(id)));
  for (const id of wanted) {
    const project = projects.get(id);
    out.set(
      id,
      project
        ? { label: `${project.name || id}${project.status === 'archived' ? ' (archived)' : ''}`, gone: false }
        : { label: `deleted project ${tail(id)}`, gone: true },
    );
  }
  return out;
}

async function userNames(client: OpenAI, wanted: Set<string>, tally: Tally): Promise<Map<string, Name>> {
  const out = new Map<string, Name>();
  if (wanted.size === 0) return out;
  const users = new Map((await directoryUsers(client)).value.map((u) => [u.id, u] as const));
  const unknown: string[] = [];
  for (const id of wanted) {
    const user = users.get(id);
    if (user) out.set(id, { label: user.name || user.email || id, gone: false });
    else unknown.push(id);
  }
  // Not in the directory: someone who left (or joined since it was read). Asked one by one.
  await mapLimit(unknown, UPSTREAM_SLOTS, async (id) => {
    out.set(
      id,
      await coalesce(`user:${id}`, async () => {
        try {
          tally.requests++;
          const user = await inUpstreamSlot(() => client.admin.organization.users.retrieve(id));
          return { label: user.name || user.email || id, gone: false };
        } catch (err) {
          if (err instanceof OpenAI.NotFoundError) return { label: `departed user ${tail(id)}`, gone: true };
          return { label: `user ${tail(id)}`, gone: false };
        }
      }),
    );
  });
  return out;
}

function keyLabel(key: ProjectAPIKey): string {
  const owner = key.owner.user?.name || key.owner.user?.email || key.owner.service_account?.name;
  const name = key.name || `key ${tail(key.id)}`;
  return owner ? `${name} (${owner})` : name;
}

async function keyNames(client: OpenAI, wanted: Map<string, string | null>, tally: Tally): Promise<Map<string, Name>> {
  const out = new Map<string, Name>();
  const byProject = new Map<string, string[]>();
  for (const [keyId, projectId] of wanted) {
    if (projectId === null) out.set(keyId, { label: `key ${tail(keyId)}`, gone: false });
    else byProject.set(projectId, [...(byProject.get(projectId) ?? []), keyId]);
  }
  await mapLimit([...byProject], UPSTREAM_SLOTS, async ([projectId, keyIds]) => {
    const load = async () =>
      new Map(
        (
          await allItems(
            () => client.admin.organization.projects.apiKeys.list(projectId, { limit: 100, owner_project_access: 'any' }),
            tally,
          )
        ).map((k) => [k.id, k] as const),
      );
    let keys: Map<string, ProjectAPIKey> | null;
    try {
      keys = await fresh(keysPart(projectId), KEYS_MAX_AGE_MS, load, (all) => keyIds.some((id) => !all.has(id)));
    } catch (err) {
      // A deleted project has no keys left; any other failure leaves the keys unnamed, not gone.
      keys = err instanceof OpenAI.NotFoundError ? new Map() : null;
    }
    for (const keyId of keyIds) {
      const key = keys?.get(keyId);
      out.set(
        keyId,
        key ? { label: keyLabel(key), gone: false } : keys ? { label: `deleted key ${tail(keyId)}`, gone: true } : { label: `key ${tail(keyId)}`, gone: false },
      );
    }
  });
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
