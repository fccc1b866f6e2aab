import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import { sandboxObject } from './schema';
import type { StoredObject } from './store';

// Writes to sandbox_object (reads and list queries are in store.ts).

const t = sandboxObject;

/**
 * Inserts an object at the end of its list (seq = last + 1 within kind and scope) unless a seq is
 * given. Returns false when an object with that kind, scope and id already exists.
 */
export async function insertObject<T extends object>(
  db: Db,
  object: { kind: string; scope?: string; id: string; data: T; seq?: number },
): Promise<boolean> {
  const scope = object.scope ?? '';
  const seq =
    object.seq ??
    sql<number>`(select coalesce(max(${t.seq}), 0) + 1 from ${t} where ${t.kind} = ${object.kind} and ${t.scope} = ${scope})`;
  const inserted = await db
    .insert(t)
    .values({
      kind: object.kind,
      scope,
      id: object.id,
      seq,
      data: object.data as Record<string, unknown>,
    })
    .onConflictDoNothing()
    .returning({ id: t.id });
  return inserted.length > 0;
}

/** Inserts many objects with their seq given (seed data), skipping any that exist. */
export async function insertMany(db: Db, objects: StoredObject<object>[]): Promise<void> {
  for (let i = 0; i < objects.length; i += 500) {
    const chunk = objects
      .slice(i, i + 500)
      .map((o) => ({ ...o, data: o.data as Record<string, unknown> }));
    await db.insert(t).values(chunk).onConflictDoNothing();
  }
}

/** Replaces an object's data. Returns false when there is no such object. */
export async function updateObject<T extends object>(
  db: Db,
  kind: string,
  scope: string,
  id: string,
  data: T,
): Promise<boolean> {
  const updated = await db
    .update(t)
    .set({ data: data as Record<string, unknown> })
    .where(and(eq(t.kind, kind), eq(t.scope, scope), eq(t.id, id)))
    .returning({ id: t.id });
  return updated.length > 0;
}

export async function deleteObject(
  db: Db,
  kind: string,
  scope: string,
  id: string,
): Promise<boolean> {
  const deleted = await db
    .delete(t)
    .where(and(eq(t.kind, kind), eq(t.scope, scope), eq(t.id, id)))
    .returning({ id: t.id });
  return deleted.length > 0;
}

/** Deletes every object of a kind under a scope and/or with an id; returns how many went. */
export async function deleteWhere(
  db: Db,
  kind: string,
  match: { scope?: string; id?: string },
): Promise<number> {
  const conditions = [eq(t.kind, kind)];
  if (match.scope !== undefined) conditions.push(eq(t.scope, match.scope));
  if (match.id !== undefined) conditions.push(eq(t.id, match.id));
  const deleted = await db
    .delete(t)
    .where(and(...conditions))
    .returning({ id: t.id });
  return deleted.length;
}
