import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import type { AuditActor, AuditEventType, AuditLogObject } from '../../audit';
import { KIND } from '../../model';
import { randomIntBetween, stableObjectId, type RandomSource } from '../../random';
import { sandboxObject } from '../../schema';
import type { StoredObject } from '../../store';
import { deleteWhere, insertMany } from '../../store-writes';

/** One event of the seeded history, before it becomes an audit_log row. */
export interface SeedEvent {
  type: AuditEventType;
  at: number;
  actor: AuditActor;
  project?: { id: string; name: string } | null;
  /** The event's own object; omitted for events that have none (login.succeeded). */
  details?: Record<string, unknown>;
}

/** A stored object of any family, with its place (scope) and id. */
export interface StoredRow<T> {
  scope: string;
  id: string;
  data: T;
}

/** Every object of a kind, in list order; an empty list when no family stores that kind (yet). */
export async function readKind<T>(db: Db, kind: string): Promise<StoredRow<T>[]> {
  const t = sandboxObject;
  const rows = await db
    .select({ scope: t.scope, id: t.id, data: t.data })
    .from(t)
    .where(eq(t.kind, kind))
    .orderBy(asc(t.scope), asc(t.seq));
  return rows.map((row) => ({ scope: row.scope, id: row.id, data: row.data as unknown as T }));
}

/** A time in [from, to] (to wins when the range is empty), from the seeder's random source. */
export function timeBetween(random: RandomSource, from: number, to: number): number {
  return from >= to ? to : randomIntBetween(random, from, to);
}

/** A stored number field, or undefined when the object has none. */
export function numberField(data: unknown, name: string): number | undefined {
  const value = (data as Record<string, unknown> | null)?.[name];
  return typeof value === 'number' ? value : undefined;
}

function toEntry(event: SeedEvent, id: string): AuditLogObject {
  return {
    id,
    type: event.type,
    effective_at: event.at,
    ...(event.project ? { project: event.project } : {}),
    actor: event.actor,
    ...(event.details ? { [event.type]: event.details } : {}),
  } as AuditLogObject;
}

/**
 * Writes the seeded history into the audit log in the order things happened (seq follows
 * effective_at, so newest-first is highest seq first). Entries already in the log (recorded
 * before this seeder ran) are kept and merged into that order.
 */
export async function writeHistory(db: Db, events: SeedEvent[]): Promise<number> {
  const existing = await readKind<AuditLogObject>(db, KIND.auditLog);
  const entries = [
    ...events.map((event, i) =>
      toEntry(event, stableObjectId('audit_log-', `seed:${i}:${event.type}`)),
    ),
    ...existing.map((row) => row.data),
  ];
  // A stable sort: ties keep the order the story produced them in.
  entries.sort((a, b) => a.effective_at - b.effective_at);
  const rows: StoredObject<object>[] = entries.map((data, i) => ({
    kind: KIND.auditLog,
    scope: '',
    id: data.id,
    seq: i + 1,
    data,
  }));
  await deleteWhere(db, KIND.auditLog, { scope: '' });
  await insertMany(db, rows);
  return rows.length;
}
