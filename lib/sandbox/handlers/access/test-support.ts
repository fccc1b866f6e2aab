import 'server-only';
import { eq } from 'drizzle-orm';
import OpenAI, { APIError } from 'openai';
import { expect } from 'vitest';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import type { AuditEventType, AuditLogObject } from '../../audit';
import { getSandboxAdminKey } from '../../auth';
import { KIND } from '../../model';
import { ensureSandboxSeeded } from '../../seed';
import { field, listObjects } from '../../store';
import { startSandboxServer, type SandboxTestServer } from '../../test-server';

/** What the access tests share: a seeded in-memory sandbox served over HTTP, and the SDK. */
export interface AccessTestEnv {
  handle: DbHandle;
  client: OpenAI;
  /** `client.admin.organization`. */
  org: OpenAI['admin']['organization'];
  close(): Promise<void>;
}

export async function openAccessTestEnv(): Promise<AccessTestEnv> {
  const handle = await openDb({ memory: true });
  await ensureSandboxSeeded(handle.db);
  const server: SandboxTestServer = await startSandboxServer(handle.db);
  const client = new OpenAI({
    adminAPIKey: await getSandboxAdminKey(handle.db),
    apiKey: null,
    organization: null,
    project: null,
    baseURL: server.baseURL,
    maxRetries: 0,
  });
  return {
    handle,
    client,
    org: client.admin.organization,
    close: async () => {
      await server.close();
      await handle.close();
    },
  };
}

/** The details of the newest audit events of a type, newest first. */
export async function auditDetails(
  env: AccessTestEnv,
  type: AuditEventType,
  limit = 20,
): Promise<(Record<string, unknown> & { project?: unknown })[]> {
  const rows = await listObjects<AuditLogObject>(env.handle.db, {
    kind: KIND.auditLog,
    where: eq(field('type'), type),
    direction: 'desc',
    limit,
  });
  return rows.map((row) => {
    const details = (row.data as unknown as Record<string, Record<string, unknown>>)[type] ?? {};
    return { ...details, project: row.data.project };
  });
}

/** Awaits a call the API must refuse; answers the SDK's error for further checks. */
export async function refused(
  call: Promise<unknown>,
  status: number,
  param?: string | null,
): Promise<APIError> {
  const error: unknown = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(APIError);
  const apiError = error as APIError;
  expect(apiError.status, apiError.message).toBe(status);
  if (param !== undefined) expect(apiError.param).toBe(param);
  return apiError;
}

/** Every item of an SDK list, following its pages. */
export async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of pages) items.push(item);
  return items;
}
