import 'server-only';
import { getConfig } from '../config';
import { openDb, type Db, type DbHandle } from './client';

export { schema, type Db } from './client';

// One database per process, shared by every route bundle through globalThis (Next may load this
// module more than once; PGlite must be opened only once per data folder).
const holder = globalThis as typeof globalThis & { __consoleDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  if (!holder.__consoleDb) {
    const config = getConfig();
    holder.__consoleDb = openDb(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
    holder.__consoleDb.catch(() => {
      holder.__consoleDb = undefined;
    });
  }
  return holder.__consoleDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
