import 'server-only';
import { asc, count, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import { KIND } from '../model';
import { sandboxObject } from '../schema';

/*
 * The objects usage is attributed to, read from the store: projects, their members and their API
 * keys (written by the keys family; when a project has none, its usage has no key). Only the
 * fields the usage stream needs are read.
 */

/** The keys family's collection (scope: project id, id: `key_…`, data: the SDK's ProjectAPIKey). */
export const PROJECT_API_KEY_KIND = 'project_api_key';

const KINDS = [KIND.project, KIND.projectUser, PROJECT_API_KEY_KIND];

export interface AttributedProject {
  id: string;
  createdAt: number;
  archivedAt: number | null;
  /** Members in the order they joined. */
  members: { userId: string; addedAt: number }[];
  /** API keys in the order they were made; `userId` is the owner when a user owns the key. */
  keys: { id: string; createdAt: number; userId: string | null }[];
}

const t = sandboxObject;
const text = (path: string) => sql<string | null>`(${t.data} #>> ${sql.raw(`'{${path}}'`)})`;
const number = (value: string | null) => (value === null || value === '' ? null : Number(value));

/**
 * A cheap signature of everything attribution depends on: it changes when a project, member or
 * key appears or goes, or a project is archived.
 */
export async function attributionFingerprint(db: Db): Promise<string> {
  const [row] = await db
    .select({
      n: count(),
      h: sql<string>`coalesce(sum(hashtext(${t.kind} || '/' || ${t.scope} || '/' || ${t.id} || '/' || coalesce(${text('archived_at')}, ''))), 0)::text`,
    })
    .from(t)
    .where(inArray(t.kind, KINDS));
  return `${row?.n ?? 0}:${row?.h ?? ''}`;
}

export async function loadAttribution(db: Db): Promise<AttributedProject[]> {
  const rows = await db
    .select({
      kind: t.kind,
      scope: t.scope,
      id: t.id,
      createdAt: text('created_at'),
      archivedAt: text('archived_at'),
      addedAt: text('added_at'),
      ownerType: text('owner,type'),
      ownerUser: text('owner,user,id'),
    })
    .from(t)
    .where(inArray(t.kind, KINDS))
    .orderBy(asc(t.kind), asc(t.scope), asc(t.seq), asc(t.id));
  const projects = new Map<string, AttributedProject>();
  for (const row of rows) {
    if (row.kind !== KIND.project) continue;
    projects.set(row.id, {
      id: row.id,
      createdAt: number(row.createdAt) ?? 0,
      archivedAt: number(row.archivedAt),
      members: [],
      keys: [],
    });
  }
  for (const row of rows) {
    const project = projects.get(row.scope);
    if (!project) continue;
    if (row.kind === KIND.projectUser)
      project.members.push({ userId: row.id, addedAt: number(row.addedAt) ?? project.createdAt });
    else if (row.kind === PROJECT_API_KEY_KIND)
      project.keys.push({
        id: row.id,
        createdAt: number(row.createdAt) ?? project.createdAt,
        userId: row.ownerType === 'user' ? row.ownerUser : null,
      });
  }
  const order = (a: number, b: number, x: string, y: string) => a - b || (x < y ? -1 : x > y ? 1 : 0);
  const list = [...projects.values()].sort((a, b) => order(a.createdAt, b.createdAt, a.id, b.id));
  for (const project of list) {
    project.members.sort((a, b) => order(a.addedAt, b.addedAt, a.userId, b.userId));
    project.keys.sort((a, b) => order(a.createdAt, b.createdAt, a.id, b.id));
  }
  return list;
}
