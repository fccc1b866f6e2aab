import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import { sandboxObject } from '../../schema';
import { ACCESS_KIND, ASSIGNMENT_KINDS, type RoleRecord } from './kinds';
import { assignedRole } from './role-lookup';

// Writes that store-writes.ts has no shape for: matching half of a two-part scope, and patching
// the copies of a role or group name that other objects keep.

const t = sandboxObject;

/** Deletes the objects of a kind whose `<first>/<second>` scope has `value` as its second part. */
export async function deleteBySecondScopePart(db: Db, kind: string, value: string): Promise<void> {
  await db.delete(t).where(and(eq(t.kind, kind), sql`split_part(${t.scope}, '/', 2) = ${value}`));
}

/** Rewrites every assignment's copy of a role after the role changed. */
export async function refreshAssignmentsOf(db: Db, role: RoleRecord): Promise<void> {
  const patch = JSON.stringify(assignedRole(role));
  await db
    .update(t)
    .set({ data: sql`${t.data} || ${patch}::jsonb` })
    .where(and(inArray(t.kind, [...ASSIGNMENT_KINDS]), eq(t.id, role.id)));
}

/** Removes every assignment of a role (the role is being deleted). */
export async function deleteAssignmentsOf(db: Db, roleId: string): Promise<void> {
  await db.delete(t).where(and(inArray(t.kind, [...ASSIGNMENT_KINDS]), eq(t.id, roleId)));
}

/** Project group links show the group's name: keep them in step with a rename. */
export async function renameProjectGroupLinks(
  db: Db,
  groupId: string,
  name: string,
): Promise<void> {
  await db
    .update(t)
    .set({ data: sql`jsonb_set(${t.data}, '{group_name}', ${JSON.stringify(name)}::jsonb)` })
    .where(and(eq(t.kind, ACCESS_KIND.projectGroup), eq(t.id, groupId)));
}
