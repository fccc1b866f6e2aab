import 'server-only';
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import { sandboxObject } from './schema';

/**
 * Typed access to `sandbox_object`, the one table behind every kind of sandbox object. Objects are
 * kept as the JSON the API returns; lists run in SQL (jsonb filters, keyset pagination on
 * (seq, id)) so they stay fast with tens of thousands of rows.
 */

export interface StoredObject<T> {
  kind: string;
  scope: string;
  id: string;
  seq: number;
  data: T;
}

/** A place in a list: lists are ordered by seq, ties (concurrent inserts) broken by id. */
export interface ListPosition {
  seq: number;
  id: string;
}

export interface ListSource {
  kind: string;
  /** The parent the objects live under; '' for organization-level objects. */
  scope?: string;
  /** Extra SQL condition, usually on jsonb fields (see field()). */
  where?: SQL;
}

export interface ListRequest extends ListSource {
  direction: 'asc' | 'desc';
  /** Start strictly beyond this position, in `direction`. */
  startAfter?: ListPosition;
  limit: number;
}

const t = sandboxObject;

/** A jsonb field of the object as text, for filters: `eq(field('status'), 'active')`. */
export function field(name: string): SQL<string | null> {
  // Inlined rather than bound: a bound parameter after ->> is ambiguous (text key or array index).
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error(`Not a field name: ${name}`);
  return sql<string | null>`(${t.data} ->> ${sql.raw(`'${name}'`)})`;
}

function sourceCondition(source: ListSource): SQL | undefined {
  return and(eq(t.kind, source.kind), eq(t.scope, source.scope ?? ''), source.where);
}

function toStored<T>(row: typeof t.$inferSelect): StoredObject<T> {
  return { kind: row.kind, scope: row.scope, id: row.id, seq: row.seq, data: row.data as T };
}

export async function getObject<T>(
  db: Db,
  kind: string,
  scope: string,
  id: string,
): Promise<StoredObject<T> | null> {
  const [row] = await db
    .select()
    .from(t)
    .where(and(eq(t.kind, kind), eq(t.scope, scope), eq(t.id, id)));
  return row ? toStored<T>(row) : null;
}

/** Every object of a kind with this id, whatever its scope (e.g. one user's project memberships). */
export async function findById<T>(db: Db, kind: string, id: string): Promise<StoredObject<T>[]> {
  const rows = await db
    .select()
    .from(t)
    .where(and(eq(t.kind, kind), eq(t.id, id)))
    .orderBy(asc(t.scope));
  return rows.map((row) => toStored<T>(row));
}

/** The first object matching the source, in list order, or null. */
export async function findFirst<T>(db: Db, source: ListSource): Promise<StoredObject<T> | null> {
  const [row] = await listObjects<T>(db, { ...source, direction: 'asc', limit: 1 });
  return row ?? null;
}

export async function listObjects<T>(db: Db, request: ListRequest): Promise<StoredObject<T>[]> {
  const { direction, startAfter } = request;
  const beyond = startAfter
    ? direction === 'asc'
      ? sql`(${t.seq}, ${t.id}) > (${startAfter.seq}, ${startAfter.id})`
      : sql`(${t.seq}, ${t.id}) < (${startAfter.seq}, ${startAfter.id})`
    : undefined;
  const order = direction === 'asc' ? [asc(t.seq), asc(t.id)] : [desc(t.seq), desc(t.id)];
  const rows = await db
    .select()
    .from(t)
    .where(and(sourceCondition(request), beyond))
    .orderBy(...order)
    .limit(request.limit);
  return rows.map((row) => toStored<T>(row));
}

export async function countObjects(db: Db, source: ListSource): Promise<number> {
  const [row] = await db.select({ n: count() }).from(t).where(sourceCondition(source));
  return row?.n ?? 0;
}
