import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count as sqlCount, eq } from 'drizzle-orm';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import { sandboxObject } from '../../schema';
import { ensureSandboxSeeded } from '../../seed';
import { countObjects, listObjects } from '../../store';
import { sandboxCall } from '../../test-server';
import { SETTINGS_KIND } from './kinds';
import { SUPPORT_PROJECT_ID } from './test-support';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openDb({ memory: true });
  await ensureSandboxSeeded(handle.db);
});
afterAll(() => handle.close());

/** Objects of a kind in one scope, or across every scope when none is given. */
async function count(kind: string, scope?: string): Promise<number> {
  if (scope !== undefined) return countObjects(handle.db, { kind, scope });
  const [row] = await handle.db
    .select({ n: sqlCount() })
    .from(sandboxObject)
    .where(eq(sandboxObject.kind, kind));
  return row?.n ?? 0;
}

describe('the settings seed', () => {
  it('gives the organization and a few projects their settings', async () => {
    expect(await count(SETTINGS_KIND.spendAlert, '')).toBe(3);
    expect(await count(SETTINGS_KIND.spendLimit, '')).toBe(1);
    expect(await count(SETTINGS_KIND.dataRetention, '')).toBe(1);
    expect(await count(SETTINGS_KIND.modelPermissions)).toBe(3);
    expect(await count(SETTINGS_KIND.hostedToolPermissions)).toBe(4);
    // The organization's and two projects'.
    expect(await count(SETTINGS_KIND.dataRetention)).toBe(3);
    // Five budgeted projects, each with a limit and two alerts, besides the organization's.
    expect(await count(SETTINGS_KIND.spendLimit)).toBe(6);
    expect(await count(SETTINGS_KIND.spendAlert)).toBe(13);
    expect(await count(SETTINGS_KIND.projectRateLimit)).toBeGreaterThanOrEqual(10);
  });

  it('is the same on every install', async () => {
    const other = await openDb({ memory: true });
    try {
      await ensureSandboxSeeded(other.db);
      const alerts = async (db: DbHandle['db']) =>
        (
          await listObjects(db, { kind: SETTINGS_KIND.spendAlert, direction: 'asc', limit: 100 })
        ).map((row) => [row.scope, row.id, row.data]);
      expect(await alerts(other.db)).toEqual(await alerts(handle.db));
    } finally {
      await other.close();
    }
  });

  it('answers every settings read', async () => {
    const p = `/organization/projects/${SUPPORT_PROJECT_ID}`;
    const paths = [
      '/organization/spend_alerts',
      '/organization/spend_limit',
      '/organization/data_retention',
      `${p}/spend_alerts`,
      `${p}/spend_limit`,
      `${p}/data_retention`,
      `${p}/model_permissions`,
      `${p}/hosted_tool_permissions`,
      `${p}/rate_limits`,
    ];
    for (const path of paths) {
      const reply = await sandboxCall(handle.db, { path });
      expect(reply.status, path).toBe(200);
    }
  });
});
