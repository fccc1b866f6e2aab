import 'server-only';
import type { OperationDef } from '@/lib/admin/operation';
import type { Db } from '@/lib/server/db';
import type { AuditActor } from './audit';
import type { SandboxOrganization } from './organization';

/** What a handler gets: the request already authenticated, routed and validated. */
export interface SandboxContext {
  db: Db;
  operation: OperationDef;
  /** Path parameters by name, decoded and checked against PATH_ID_PATTERN. */
  params: Record<string, string>;
  /** Query parameters after the registry's schema (strings, arrays, or what the schema made of them). */
  query: Record<string, unknown>;
  /** The JSON body after the registry's schema; undefined when none was sent. */
  body: unknown;
  organization: SandboxOrganization;
  /** The request's time in Unix seconds, for created_at / added_at. */
  now: number;
  /** The admin key that made the request, as the audit log names it (see recordAuditEvent). */
  actor: AuditActor;
}

/** Answers one operation with the JSON the API would return (status 200), or throws a SandboxError. */
export type SandboxHandler = (ctx: SandboxContext) => Promise<unknown>;

export type HandlerTable = Record<string, SandboxHandler>;

/** A path parameter the operation's template guarantees. */
export function pathParam(ctx: SandboxContext, name: string): string {
  const value = ctx.params[name];
  if (value === undefined)
    throw new Error(`Operation ${ctx.operation.name} has no path parameter ${name}.`);
  return value;
}
