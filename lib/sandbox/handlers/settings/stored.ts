import 'server-only';
import type { Db } from '@/lib/server/db';
import { getObject } from '../../store';
import { insertObject, updateObject } from '../../store-writes';

/** The stored object's data, or null when it was never set. */
export async function readStored<T>(
  db: Db,
  kind: string,
  scope: string,
  id: string,
): Promise<T | null> {
  return (await getObject<T>(db, kind, scope, id))?.data ?? null;
}

/** Stores a singleton setting (or a changed rate limit), replacing what was there. */
export async function upsertStored<T extends object>(
  db: Db,
  kind: string,
  scope: string,
  id: string,
  data: T,
): Promise<void> {
  if (await updateObject(db, kind, scope, id, data)) return;
  await insertObject(db, { kind, scope, id, data });
}
