import 'server-only';
import OpenAI from 'openai';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import type { AuditLogObject } from '../../audit';
import { getSandboxAdminKey } from '../../auth';
import { KIND } from '../../model';
import { ensureSandboxSeeded } from '../../seed';
import { listObjects } from '../../store';
import { startSandboxServer, type SandboxTestServer } from '../../test-server';

/** A seeded in-memory sandbox on a real HTTP server, and SDK clients for any key. */
export interface TestSandbox {
  handle: DbHandle;
  server: SandboxTestServer;
  /** The SDK with the configured sandbox key. */
  client: OpenAI;
  clientFor(key: string): OpenAI;
  close(): Promise<void>;
}

export async function openTestSandbox(): Promise<TestSandbox> {
  const handle = await openDb({ memory: true });
  await ensureSandboxSeeded(handle.db);
  const server = await startSandboxServer(handle.db);
  const clientFor = (key: string) =>
    new OpenAI({
      adminAPIKey: key,
      apiKey: null,
      organization: null,
      project: null,
      baseURL: server.baseURL,
      maxRetries: 0,
    });
  return {
    handle,
    server,
    client: clientFor(await getSandboxAdminKey(handle.db)),
    clientFor,
    close: async () => {
      await server.close();
      await handle.close();
    },
  };
}

/** The newest audit log entries, straight from the store. */
export async function latestAuditEntries(
  sandbox: TestSandbox,
  count = 10,
): Promise<AuditLogObject[]> {
  const rows = await listObjects<AuditLogObject>(sandbox.handle.db, {
    kind: KIND.auditLog,
    direction: 'desc',
    limit: count,
  });
  return rows.map((row) => row.data);
}

/** The newest entry of a type, or undefined. */
export async function latestOfType(
  sandbox: TestSandbox,
  type: string,
): Promise<AuditLogObject | undefined> {
  return (await latestAuditEntries(sandbox, 50)).find((entry) => entry.type === type);
}
