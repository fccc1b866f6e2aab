import 'server-only';
import { eq } from 'drizzle-orm';
import OpenAI from 'openai';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import type { AuditEventType, AuditLogObject } from './audit';
import { getSandboxAdminKey } from './auth';
import { KIND } from './model';
import { ensureSandboxSeeded } from './seed';
import { field, listObjects } from './store';
import { startSandboxServer, type SandboxTestServer } from './test-server';

/** For tests: a seeded in-memory sandbox on a real HTTP server, and the official SDK for any key. */
export interface TestSandbox {
  handle: DbHandle;
  server: SandboxTestServer;
  /** The SDK with the configured sandbox key. */
  client: OpenAI;
  /** `client.admin.organization`. */
  org: OpenAI['admin']['organization'];
  clientFor(key: string): OpenAI;
  close(): Promise<void>;
}

export async function openTestSandbox(): Promise<TestSandbox> {
  const handle = await openDb({ memory: true });
  await ensureSandboxSeeded(handle.db);
  const server = await startSandboxServer(handle.db);
  const clientFor = (key: string) =>
    new OpenAI({ adminAPIKey: key, apiKey: null, organization: null, project: null, baseURL: server.baseURL, maxRetries: 0 });
  const client = clientFor(await getSandboxAdminKey(handle.db));
  return {
    handle,
    server,
    client,
    org: client.admin.organization,
    clientFor,
    close: async () => {
      await server.close();
      await handle.close();
    },
  };
}

/** The newest audit log entries (of one type, when given), newest first, straight from the store. */
export async function auditEntries(handle: DbHandle, type?: AuditEventType, limit = 20): Promise<AuditLogObject[]> {
  const rows = await listObjects<AuditLogObject>(handle.db, {
    kind: KIND.auditLog,
    ...(type ? { where: eq(field('type'), type) } : {}),
    direction: 'desc',
    limit,
  });
  return rows.map((row) => row.data);
}

/** Every item of an SDK auto-paginating list. */
export async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of pages) items.push(item);
  return items;
}
