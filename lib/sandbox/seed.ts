import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import { KIND, type OrganizationRecord } from './model';
import { readSandboxOrganization, type SandboxOrganization } from './organization';
import { SEED_ORGANIZATION } from './seed-data';
import { SANDBOX_DEFAULT_PROJECT_ID, SANDBOX_ORGANIZATION_ID } from './seed-ids';
import { seedRows } from './seed-rows';
import { insertMany, insertObject } from './store-writes';

export { readSandboxOrganization, type SandboxOrganization } from './organization';
export {
  SANDBOX_DEFAULT_PROJECT_ID,
  SANDBOX_ORGANIZATION_ID,
  seedProjectId,
  seedUserId,
} from './seed-ids';

const DAY = 86_400;
// Any constant, distinct from the migration lock's (lib/server/db/client.ts).
const SEED_LOCK = 7_310_443;

async function seed(db: Db, nowMs: number): Promise<void> {
  const base = Math.floor(nowMs / 1000 / DAY) * DAY;
  const organization: OrganizationRecord = {
    id: SANDBOX_ORGANIZATION_ID,
    name: SEED_ORGANIZATION.name,
    base_time: base,
    default_project_id: SANDBOX_DEFAULT_PROJECT_ID,
  };
  await db.transaction(async (tx) => {
    // Only one seeding ever: across instances on one PostgreSQL the advisory lock serializes
    // them, and whoever comes second finds the organization row and stops.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const org = { kind: KIND.organization, id: organization.id, data: organization, seq: 1 };
    if (await insertObject(tx, org)) await insertMany(tx, seedRows(base));
  });
}

const seeding = new WeakMap<Db, Promise<SandboxOrganization>>();

/**
 * Seeds the sandbox organization the first time, and returns it. Idempotent; concurrent callers in
 * one process share one run. Objects deleted later are never brought back: seeding happens once.
 */
export function ensureSandboxSeeded(
  db: Db,
  options: { now?: number } = {},
): Promise<SandboxOrganization> {
  let pending = seeding.get(db);
  if (!pending) {
    pending = (async () => {
      const existing = await readSandboxOrganization(db);
      if (existing) return existing;
      await seed(db, options.now ?? Date.now());
      const seeded = await readSandboxOrganization(db);
      if (!seeded) throw new Error('The sandbox organization could not be seeded.');
      return seeded;
    })();
    seeding.set(db, pending);
    pending.catch(() => seeding.delete(db));
  }
  return pending;
}

/** The sandbox organization's id and name (seeding it first if needed). */
export async function getSandboxOrganization(db: Db): Promise<{ id: string; name: string }> {
  const { id, name } = await ensureSandboxSeeded(db);
  return { id, name };
}
