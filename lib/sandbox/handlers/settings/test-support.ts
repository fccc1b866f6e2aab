import 'server-only';
import { eq } from 'drizzle-orm';
import OpenAI from 'openai';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import type { AuditEventType, AuditLogObject } from '../../audit';
import { getSandboxAdminKey } from '../../auth';
import { KIND } from '../../model';
import { ensureSandboxSeeded, seedProjectId } from '../../seed';
import { field, listObjects } from '../../store';
import { startSandboxServer, type SandboxTestServer } from '../../test-server';

/** What the settings tests share: a seeded in-memory sandbox served over HTTP, and the SDK. */
export interface SettingsTestEnv {
  handle: DbHandle;
  server: SandboxTestServer;
  client: OpenAI;
  close(): Promise<void>;
}

export async function openSettingsTestEnv(): Promise<SettingsTestEnv> {
  const handle = await openDb({ memory: true });
  await ensureSandboxSeeded(handle.db);
  const server = await startSandboxServer(handle.db);
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
    server,
    client,
    close: async () => {
      await server.close();
      await handle.close();
    },
  };
}

/** The newest audit events of a type, newest first. */
export async function auditEvents(
  env: SettingsTestEnv,
  type: AuditEventType,
): Promise<AuditLogObject[]> {
  const rows = await listObjects<AuditLogObject>(env.handle.db, {
    kind: KIND.auditLog,
    where: eq(field('type'), type),
    direction: 'desc',
    limit: 20,
  });
  return rows.map((row) => row.data);
}

/** The `changes_requested` of the newest audit event of a type. */
export async function lastChange(
  env: SettingsTestEnv,
  type: AuditEventType,
): Promise<{ event: AuditLogObject; changes: Record<string, unknown> }> {
  const [event] = await auditEvents(env, type);
  if (!event) throw new Error(`no ${type} audit event`);
  const details = (event as unknown as Record<string, { changes_requested?: unknown }>)[type];
  return { event, changes: (details?.changes_requested ?? {}) as Record<string, unknown> };
}

export const ARCHIVED_PROJECT_ID = seedProjectId('Hackathon 2024');
export const SUPPORT_PROJECT_ID = seedProjectId('Customer Support Assistant');
export const LEGAL_PROJECT_ID = seedProjectId('Legal Contract Review');
export const MARKETING_PROJECT_ID = seedProjectId('Marketing Content Studio');
export const INTERN_PROJECT_ID = seedProjectId('Summer Intern Sandbox');
