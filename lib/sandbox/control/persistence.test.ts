import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import { KIND, type ProjectObject } from '../model';
import { ensureSandboxSeeded, seedProjectId, seedUserId } from '../seed';
import { getObject } from '../store';
import { sandboxCall } from '../test-server';
import { resetSandbox } from './reset';

// The sandbox on PGlite in a data folder, as `npm start` runs it: what changes through the API
// survives a restart, and a reset brings the seed back (and that survives a restart too).
let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-persistence-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function withDb<T>(run: (handle: DbHandle) => Promise<T>): Promise<T> {
  const handle = await openDb({ dataDir });
  try {
    await ensureSandboxSeeded(handle.db);
    return await run(handle);
  } finally {
    await handle.close();
  }
}

const warehouse = seedProjectId('Warehouse Vision');
const noah = seedUserId('Noah Kim');

describe('the sandbox in a data folder', () => {
  let createdId = '';

  it('keeps changes made through the API across a restart', async () => {
    await withDb(async ({ db }) => {
      const created = await sandboxCall<ProjectObject>(db, { method: 'POST', path: '/organization/projects', body: { name: 'Survives restarts' } });
      expect(created.status).toBe(200);
      createdId = created.json.id;
      expect((await sandboxCall(db, { method: 'POST', path: `/organization/projects/${warehouse}`, body: { name: 'Warehouse Vision 2' } })).status).toBe(200);
      expect((await sandboxCall(db, { method: 'DELETE', path: `/organization/users/${noah}` })).status).toBe(200);
    });
    await withDb(async ({ db }) => {
      const created = await sandboxCall<ProjectObject>(db, { path: `/organization/projects/${createdId}` });
      expect(created.json).toMatchObject({ id: createdId, name: 'Survives restarts', status: 'active' });
      expect((await sandboxCall<ProjectObject>(db, { path: `/organization/projects/${warehouse}` })).json.name).toBe('Warehouse Vision 2');
      expect((await sandboxCall(db, { path: `/organization/users/${noah}` })).status).toBe(404);
      expect(await getObject(db, KIND.projectUser, warehouse, noah)).toBeNull();
    });
  });

  it('resets to the seed, and the reset survives a restart too', async () => {
    await withDb(async ({ db }) => {
      const { organization } = await resetSandbox(db);
      expect(organization.seeders).toContain('core');
      expect((await sandboxCall(db, { path: `/organization/projects/${createdId}` })).status).toBe(404);
      expect((await sandboxCall(db, { path: `/organization/users/${noah}` })).status).toBe(200);
    });
    await withDb(async ({ db }) => {
      expect((await sandboxCall(db, { path: `/organization/projects/${createdId}` })).status).toBe(404);
      expect((await sandboxCall<ProjectObject>(db, { path: `/organization/projects/${warehouse}` })).json.name).toBe('Warehouse Vision');
      expect((await sandboxCall(db, { path: `/organization/users/${noah}` })).status).toBe(200);
    });
  });
});
