import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from './db';
import { consoleSetting } from './db/schema';

/**
 * Returns the stored value for `key`, creating it with `generate()` the first time. Safe when
 * several instances start at once on one PostgreSQL database: the first insert wins.
 */
export async function getOrCreateSetting(db: Db, key: string, generate: () => string): Promise<string> {
  const existing = await db.select().from(consoleSetting).where(eq(consoleSetting.key, key));
  if (existing[0]) return existing[0].value;
  await db.insert(consoleSetting).values({ key, value: generate() }).onConflictDoNothing();
  const [row] = await db.select().from(consoleSetting).where(eq(consoleSetting.key, key));
  if (!row) throw new Error(`Could not store the console setting ${key}.`);
  return row.value;
}
