import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS } from '@/lib/admin/operations';
import type { ListPage } from '@/lib/admin/types';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import type { AuditLogObject } from '../../audit';
import { SANDBOX_KEY_ACTOR } from '../../auth';
import { SandboxError } from '../../errors';
import type { SandboxContext } from '../../handler';
import { ensureSandboxSeeded } from '../../seed';
import { auditLogHandlers } from './audit-logs';

// The list handler on its own, with queries as the router may hand them over.

let handle: DbHandle;
beforeAll(async () => {
  handle = await openDb({ memory: true });
  await ensureSandboxSeeded(handle.db);
});
afterAll(() => handle.close());

async function list(query: Record<string, unknown>): Promise<AuditLogObject[]> {
  const operation = OPERATIONS.find((op) => op.name === 'auditLogs.list');
  const handler = auditLogHandlers['auditLogs.list'];
  if (!operation || !handler) throw new Error('auditLogs.list is not registered');
  const ctx: SandboxContext = {
    db: handle.db,
    operation,
    params: {},
    query: { limit: 100, ...query },
    body: undefined,
    organization: { id: '', name: '', defaultProjectId: '', baseTime: 0 },
    now: Math.floor(Date.now() / 1000),
    actor: SANDBOX_KEY_ACTOR,
  };
  return ((await handler(ctx)) as ListPage<AuditLogObject>).data;
}

describe('audit log filters', () => {
  it('reads effective_at bounds as flat bracketed keys or as a nested object', async () => {
    const pivot = (await list({ limit: 30 }))[25]?.effective_at ?? 0;
    const flat = (await list({ 'effective_at[gte]': pivot })).map((e) => e.effective_at);
    expect(flat.length).toBeGreaterThanOrEqual(26);
    expect(flat.every((at) => at >= pivot)).toBe(true);
    const nested = await list({ effective_at: { gte: String(pivot) } });
    expect(nested.map((e) => e.effective_at)).toEqual(flat);
    const day = await list({ 'effective_at[lt]': pivot, 'effective_at[gt]': pivot - 86_400 });
    expect(day.every((e) => e.effective_at < pivot && e.effective_at > pivot - 86_400)).toBe(true);
    const upTo = await list({ effective_at: { lte: pivot } });
    expect(upTo[0]?.effective_at).toBe(pivot);
  });

  it('refuses a bound that is not an integer, naming it', async () => {
    const refusal = list({ effective_at: { gt: 'soon' } });
    await expect(refusal).rejects.toBeInstanceOf(SandboxError);
    await expect(refusal).rejects.toMatchObject({ status: 400, param: 'effective_at[gt]' });
  });

  it('keeps tenant-scoped events apart: only and all of them with tenant_only', async () => {
    const tenant = await list({ tenant_only: true });
    expect(tenant.length).toBeGreaterThan(0);
    expect(tenant.every((e) => e.type.startsWith('tenant.'))).toBe(true);
    const rest = await list({});
    expect(rest.some((e) => e.type.startsWith('tenant.'))).toBe(false);
    await expect(
      list({ tenant_only: true, event_types: ['project.created'] }),
    ).rejects.toMatchObject({
      status: 400,
      param: 'event_types',
    });
  });
});
