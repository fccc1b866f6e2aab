import 'server-only';
import type { AuditLogListResponse } from 'openai/resources/admin/organization/audit-logs';
import type { Db } from '@/lib/server/db';
import { KIND } from './model';
import { newObjectId } from './random';
import { insertObject } from './store-writes';

/** An audit log entry exactly as the API returns it (the SDK's type). */
export type AuditLogObject = AuditLogListResponse;
export type AuditEventType = AuditLogListResponse['type'];
export type AuditActor = NonNullable<AuditLogListResponse['actor']>;

export interface AuditEvent {
  type: AuditEventType;
  /** The project the event happened in, when it did (`project` in the API's object). */
  project?: { id: string; name?: string | null } | null;
  /** The event's own object, stored under the key named by `type` (e.g. `project.created`). */
  details: Record<string, unknown>;
  /** For seeded history; defaults to the request's time. */
  effectiveAt?: number;
  /** For seeded history; defaults to the request's actor. */
  actor?: AuditActor;
}

/**
 * Records one change in the sandbox's audit log (kind `audit_log`, org scope, newest = highest seq).
 * Every mutating handler calls this with the event type the real API would log.
 */
export async function recordAuditEvent(
  ctx: { db: Db; now: number; actor: AuditActor },
  event: AuditEvent,
): Promise<AuditLogObject> {
  const entry = {
    id: newObjectId('audit_log-'),
    type: event.type,
    effective_at: event.effectiveAt ?? ctx.now,
    ...(event.project ? { project: event.project } : {}),
    actor: event.actor ?? ctx.actor,
    [event.type]: event.details,
  } as AuditLogObject;
  await insertObject(ctx.db, { kind: KIND.auditLog, id: entry.id, data: entry });
  return entry;
}
