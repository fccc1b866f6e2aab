import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DbTarget } from './client';
import { freshPostgresUrl } from './test-database';
import { openDb, pingDb, type DbHandle } from './client';
import { consoleSetting, journalEntry } from './schema';
import { getOrCreateSetting } from '../settings';
import { finishJournalEntry, startJournalEntry } from '../journal/journal';
import { clearSignInAttempts, reserveSignInAttempt, SIGN_IN_MAX_FAILURES } from '../auth/sign-in-throttle';

const targets: [string, () => Promise<DbTarget>][] = [
  ['PGlite', async () => ({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'console-db-test-')) })],
  ['PostgreSQL', async () => ({ databaseUrl: await freshPostgresUrl() })],
];

describe.each(targets)('database layer on %s', (_name, makeTarget) => {
  let target: DbTarget;
  let handle: DbHandle;
  beforeAll(async () => {
    target = await makeTarget();
    handle = await openDb(target);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('runs the migrations and answers queries', async () => {
    expect(await pingDb(handle.db)).toBe(true);
    const tables = (await handle.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    )) as unknown as { rows: { table_name: string }[] };
    const names = tables.rows.map((r) => r.table_name);
    expect(names).toEqual(expect.arrayContaining(['auth_user', 'auth_session', 'journal_entry', 'console_setting', 'sandbox_object']));
  });

  it('creates a setting once and returns the same value afterwards, also when asked at once', async () => {
    let generated = 0;
    const generate = () => `value-${++generated}`;
    const values = await Promise.all([1, 2, 3].map(() => getOrCreateSetting(handle.db, 'test_key', generate)));
    expect(new Set(values).size).toBe(1);
    expect(await getOrCreateSetting(handle.db, 'test_key', () => 'other')).toBe(values[0]);
    const rows = await handle.db.select().from(consoleSetting).where(eq(consoleSetting.key, 'test_key'));
    expect(rows).toHaveLength(1);
  });

  it('keeps a journal entry from pending to its outcome', async () => {
    const id = await startJournalEntry(handle.db, {
      userId: 'u1', userEmail: 'ada@example.com', userRole: 'admin', operation: 'projects.create',
      method: 'POST', path: '/organization/projects', targetIds: {}, requestSummary: { name: 'X' },
    });
    let [row] = await handle.db.select().from(journalEntry).where(eq(journalEntry.id, id));
    expect(row?.outcome).toBe('pending');
    await finishJournalEntry(handle.db, id, { outcome: 'succeeded', httpStatus: 200, upstreamRequestId: 'req_1', errorMessage: null });
    [row] = await handle.db.select().from(journalEntry).where(eq(journalEntry.id, id));
    expect(row).toMatchObject({ outcome: 'succeeded', httpStatus: 200, upstreamRequestId: 'req_1', userEmail: 'ada@example.com' });
    expect(row?.finishedAt).toBeInstanceOf(Date);
  });

  it('keeps the journal append-only: a finished entry cannot be changed, no entry can be deleted', async () => {
    const id = await startJournalEntry(handle.db, {
      userId: 'u1', userEmail: 'ada@example.com', userRole: 'admin', operation: 'projects.archive',
      method: 'POST', path: '/organization/projects/proj_1/archive', targetIds: { project_id: 'proj_1' }, requestSummary: null,
    });
    await expect(handle.db.update(journalEntry).set({ userEmail: 'eve@example.com' }).where(eq(journalEntry.id, id))).rejects.toThrow();
    await finishJournalEntry(handle.db, id, { outcome: 'succeeded', httpStatus: 200, upstreamRequestId: 'req_2', errorMessage: null, resultIds: { id: 'proj_1' } });
    await expect(handle.db.update(journalEntry).set({ outcome: 'failed' }).where(eq(journalEntry.id, id))).rejects.toThrow();
    await expect(handle.db.delete(journalEntry).where(eq(journalEntry.id, id))).rejects.toThrow();
    await expect(handle.db.execute(sql`truncate journal_entry`)).rejects.toThrow();
    const [row] = await handle.db.select().from(journalEntry).where(eq(journalEntry.id, id));
    expect(row).toMatchObject({ outcome: 'succeeded', userEmail: 'ada@example.com', resultIds: { id: 'proj_1' } });
  });

  it('lets five sign-in attempts per account through, then locks it until one succeeds', async () => {
    const email = 'locked@example.com';
    for (let i = 0; i < SIGN_IN_MAX_FAILURES; i++) expect((await reserveSignInAttempt(handle.db, email)).allowed).toBe(true);
    const refused = await reserveSignInAttempt(handle.db, email);
    expect(refused).toMatchObject({ allowed: false });
    expect(refused.allowed ? 0 : refused.retryAfterMs).toBeGreaterThan(60_000);
    expect((await reserveSignInAttempt(handle.db, 'someone-else@example.com')).allowed).toBe(true);
    await clearSignInAttempts(handle.db, email);
    expect((await reserveSignInAttempt(handle.db, email)).allowed).toBe(true);
  });

  it('lets no more than five through when thirty arrive at once', async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => reserveSignInAttempt(handle.db, 'parallel@example.com')));
    expect(results.filter((r) => r.allowed)).toHaveLength(SIGN_IN_MAX_FAILURES);
  });

  it('keeps its data across a restart, and migrates an existing database without change', async () => {
    await handle.close();
    handle = await openDb(target);
    const rows = await handle.db.select().from(consoleSetting).where(eq(consoleSetting.key, 'test_key'));
    expect(rows[0]?.value).toMatch(/^value-\d$/);
  });
});

describe('embedded PGlite settings', () => {
  it('creates a new data folder (in a child process) and runs with the smaller buffers, also reopened', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-db-settings-'));
    const setting = async (h: DbHandle, name: string) =>
      ((await h.db.execute(sql`select current_setting(${name}) as v`)) as unknown as { rows: { v: string }[] }).rows[0]?.v;
    let handle = await openDb({ dataDir });
    try {
      expect(fs.existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
      expect(await setting(handle, 'shared_buffers')).toBe('32MB');
      await handle.db.insert(consoleSetting).values({ key: 'kept', value: 'yes' });
      await handle.close();
      handle = await openDb({ dataDir });
      expect(await setting(handle, 'maintenance_work_mem')).toBe('16MB');
      // initdb's own settings stay: nothing rewrote postgresql.conf.
      expect(await setting(handle, 'default_text_search_config')).toBe('pg_catalog.english');
      const rows = await handle.db.select().from(consoleSetting).where(eq(consoleSetting.key, 'kept'));
      expect(rows[0]?.value).toBe('yes');
    } finally {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('applies them to an in-memory database too', async () => {
    const handle = await openDb({ memory: true });
    try {
      const result = (await handle.db.execute(sql`select current_setting('shared_buffers') as v`)) as unknown as { rows: { v: string }[] };
      expect(result.rows[0]?.v).toBe('32MB');
    } finally {
      await handle.close();
    }
  });
});
