import 'server-only';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { getConfig } from '@/lib/server/config';
import type { Db } from '@/lib/server/db';
import { KIND, type OrganizationRecord } from './model';
import { readOrganizationRecord, readSandboxOrganization, type SandboxOrganization } from './organization';
import { createPrng } from './random';
import { SEED_ORGANIZATION } from './seed-data';
import { SANDBOX_DEFAULT_PROJECT_ID, SANDBOX_ORGANIZATION_ID } from './seed-ids';
import { SEEDERS, type SandboxPreset } from './seeders';
import { insertObject, updateObject } from './store-writes';

export { readSandboxOrganization, type SandboxOrganization } from './organization';
export { SANDBOX_DEFAULT_PROJECT_ID, SANDBOX_ORGANIZATION_ID, seedProjectId, seedUserId } from './seed-ids';

const DAY = 86_400;
/** Taken by every seeding and reset. Any constant, distinct from the migration lock's (lib/server/db/client.ts). */
export const SEED_LOCK = 7_310_443;

const seederSeed = (name: string) => createHash('sha256').update(`seeder:${name}`).digest().readUInt32LE(0);
// Sandboxes seeded before there were seeders ran what is now the core seeder.
const seedersRun = (org: OrganizationRecord) => org.seeders ?? ['core'];

async function runPendingSeeders(db: Db, nowMs: number, preset: SandboxPreset): Promise<void> {
  await db.transaction(async (tx) => {
    // Across instances on one PostgreSQL the advisory lock serializes seeding; whoever comes
    // second finds the seeders already recorded and does nothing.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    let org = await readOrganizationRecord(tx);
    if (!org) {
      org = {
        id: SANDBOX_ORGANIZATION_ID,
        name: SEED_ORGANIZATION.name,
        base_time: Math.floor(nowMs / 1000 / DAY) * DAY,
        default_project_id: SANDBOX_DEFAULT_PROJECT_ID,
        seeders: [],
        preset,
      };
      await insertObject(tx, { kind: KIND.organization, id: org.id, data: org, seq: 1 });
    }
    await runSeeders(tx, org);
  });
}

/**
 * Runs, in the caller's transaction (which holds SEED_LOCK), every seeder the organization record
 * has not run yet, and records them. The one seeding step shared by first start and reset.
 */
export async function runSeeders(tx: Db, org: OrganizationRecord): Promise<OrganizationRecord> {
  const done = [...seedersRun(org)];
  const pending = SEEDERS.filter((seeder) => !done.includes(seeder.name));
  for (const seeder of pending) {
    await seeder.run({ db: tx, organization: org, base: org.base_time, preset: org.preset ?? 'default', random: createPrng(seederSeed(seeder.name)) });
    done.push(seeder.name);
  }
  const updated = { ...org, seeders: done };
  if (pending.length > 0) await updateObject(tx, KIND.organization, '', org.id, updated);
  return updated;
}

const seeding = new WeakMap<Db, Promise<SandboxOrganization>>();

/**
 * Seeds the sandbox organization the first time (and runs seeders added since), then returns it.
 * Idempotent; concurrent callers in one process share one run. Objects deleted later are never
 * brought back: each seeder runs once.
 */
export function ensureSandboxSeeded(db: Db, options: { now?: number; preset?: SandboxPreset } = {}): Promise<SandboxOrganization> {
  let pending = seeding.get(db);
  if (!pending) {
    pending = (async () => {
      const record = await readOrganizationRecord(db);
      const complete = record && SEEDERS.every((s) => seedersRun(record).includes(s.name));
      if (!complete) await runPendingSeeders(db, options.now ?? Date.now(), options.preset ?? getConfig().sandboxPreset);
      const seeded = await readSandboxOrganization(db);
      if (!seeded) throw new Error('The sandbox organization could not be seeded.');
      return seeded;
    })();
    seeding.set(db, pending);
    pending.catch(() => seeding.delete(db));
  }
  return pending;
}

/** Drops this process's memory of the seeded organization (after a reset replaced it). */
export function forgetSeeding(db: Db): void {
  seeding.delete(db);
}

/** The sandbox organization's id and name (seeding it first if needed). */
export async function getSandboxOrganization(db: Db): Promise<{ id: string; name: string }> {
  const { id, name } = await ensureSandboxSeeded(db);
  return { id, name };
}
