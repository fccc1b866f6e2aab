import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import { KIND, type ProjectObject, type ProjectUserObject, type UserObject } from '../../model';
import { sandboxObject } from '../../schema';

/** What the trust seeder builds on: the projects, users and memberships seeded before it. */
export interface SeedRoster {
  projects: ProjectObject[];
  activeProjects: ProjectObject[];
  users: Map<string, UserObject>;
  /** Project id → its members, earliest first. */
  members: Map<string, ProjectUserObject[]>;
}

async function all<T>(db: Db, kind: string): Promise<{ scope: string; data: T }[]> {
  const t = sandboxObject;
  const rows = await db
    .select({ scope: t.scope, data: t.data })
    .from(t)
    .where(eq(t.kind, kind))
    .orderBy(asc(t.scope), asc(t.seq));
  return rows.map((row) => ({ scope: row.scope, data: row.data as unknown as T }));
}

export async function loadRoster(db: Db): Promise<SeedRoster> {
  const projects = (await all<ProjectObject>(db, KIND.project)).map((row) => row.data);
  const users = new Map(
    (await all<UserObject>(db, KIND.user)).map((row) => [row.data.id, row.data] as const),
  );
  const members = new Map<string, ProjectUserObject[]>();
  for (const row of await all<ProjectUserObject>(db, KIND.projectUser)) {
    const list = members.get(row.scope) ?? [];
    list.push(row.data);
    members.set(row.scope, list);
  }
  return {
    projects,
    activeProjects: projects.filter((project) => project.status === 'active'),
    users,
    members,
  };
}
