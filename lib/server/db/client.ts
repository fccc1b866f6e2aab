import 'server-only';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as consoleSchema from './schema';
import * as sandboxSchema from '../../sandbox/schema';

export const schema = { ...consoleSchema, ...sandboxSchema };
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib/server/db/migrations');
const createScript = path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib/server/db/pglite-create.mjs');
// Any constant works: it only keeps two instances from migrating one PostgreSQL database at once.
const MIGRATION_LOCK = 7_310_442;

export type DbTarget = { databaseUrl: string } | { dataDir: string } | { memory: true };

/*
 * PostgreSQL settings for the embedded database, passed at each start (nothing is written to its
 * postgresql.conf). PGlite keeps initdb's shared_buffers = 128MB, all of it resident in the WASM
 * heap, which never shrinks. 32MB holds the console's working set; the data files stay in the OS
 * page cache, so a miss is a copy, not a disk read. At 16MB the sandbox's large preset (10,000
 * users, 50,000 keys) read noticeably slower. Measured with `npm run bench -- footprint`, `scale`
 * and `insights`.
 */
export const PGLITE_SETTINGS = ['shared_buffers=32MB', 'wal_buffers=1MB', 'maintenance_work_mem=16MB'];
const pgliteStartParams = () => [
  ...PGlite.defaultStartParams,
  ...PGLITE_SETTINGS.flatMap((setting) => ['-c', setting]),
];

/**
 * Creates a new PGlite data folder in a short-lived child process when there is none yet. Created
 * in this process, initdb's memory (a second PGlite instance and its WASM heap) would stay
 * resident for the server's whole life: ~300 MiB more than reopening an existing folder.
 */
async function createPgliteFolder(folder: string): Promise<void> {
  if (fs.existsSync(path.join(folder, 'PG_VERSION'))) return;
  // Outside a source checkout (no script): create it here, as PGlite would by itself.
  if (!fs.existsSync(createScript)) return;
  try {
    await promisify(execFile)(process.execPath, [createScript, folder], { cwd: process.cwd() });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(
      `Creating the embedded database in ${folder} failed${stderr ? `: ${stderr.split('\n').at(-1)}` : ''}. ` +
        'Check that DATA_DIR is writable and has free space, or set DATABASE_URL to use PostgreSQL.',
      { cause: error },
    );
  }
}

/** Opens the database, runs pending migrations, and returns it. One per process: see getDb(). */
export async function openDb(target: DbTarget): Promise<DbHandle> {
  if ('databaseUrl' in target) {
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 10 });
    const db = drizzlePostgres(pool, { schema });
    const lock = await pool.connect();
    try {
      await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await migratePostgres(db, { migrationsFolder });
    } finally {
      await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      lock.release();
    }
    return { db: db as unknown as Db, kind: 'postgres', close: () => pool.end() };
  }
  let client: PGlite;
  if ('dataDir' in target) {
    // PGlite does not create parent folders itself.
    fs.mkdirSync(target.dataDir, { recursive: true });
    const folder = path.join(target.dataDir, 'pglite');
    await createPgliteFolder(folder);
    client = new PGlite(folder, { startParams: pgliteStartParams() });
  } else {
    client = new PGlite({ startParams: pgliteStartParams() });
  }
  await client.waitReady;
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return { db: db as unknown as Db, kind: 'pglite', close: () => client.close() };
}

/** True when the database answers a trivial query. */
export async function pingDb(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
