import 'server-only';
import OpenAI from 'openai';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import type { AuditLogObject } from '../../audit';
import { getSandboxAdminKey } from '../../auth';
import { KIND } from '../../model';
import { ensureSandboxSeeded } from '../../seed';
import { listObjects } from '../../store';
import { startSandboxServer, type SandboxTestServer } from '../../test-server';
import { issueCertificate, type IssuedCertificate } from './x509-builder';

/** For the trust family's tests: a seeded in-memory sandbox on real HTTP and the official SDK. */
export interface TrustHarness {
  handle: DbHandle;
  server: SandboxTestServer;
  client: OpenAI;
  admin: OpenAI['admin']['organization'];
  close(): Promise<void>;
  /** The newest audit event of this type, if any, with its detail object. */
  lastAudit(type: AuditLogObject['type']): Promise<AuditLogObject | undefined>;
}

export async function openTrustHarness(): Promise<TrustHarness> {
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
    admin: client.admin.organization,
    close: async () => {
      await server.close();
      await handle.close();
    },
    lastAudit: async (type) => {
      const recent = await listObjects<AuditLogObject>(handle.db, {
        kind: KIND.auditLog,
        direction: 'desc',
        limit: 200,
      });
      return recent.find((row) => row.data.type === type)?.data;
    },
  };
}

/** Collects every item of an SDK auto-paginating list. */
export async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of pages) items.push(item);
  return items;
}

const DAY = 86_400;

/** A certificate valid from a day ago for 400 days, unless told otherwise (Unix seconds). */
export function freshCertificate(
  commonName: string,
  validFrom = Math.floor(Date.now() / 1000) - DAY,
  validTo = validFrom + 401 * DAY,
): IssuedCertificate {
  return issueCertificate({ subject: { commonName, organization: 'Test Co' }, validFrom, validTo });
}
