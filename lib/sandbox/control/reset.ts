import 'server-only';
import { sql } from 'drizzle-orm';
import { getConfig } from '@/lib/server/config';
import type { Db } from '@/lib/server/db';
import { KIND, type OrganizationRecord } from '../model';
import { readOrganizationRecord } from '../organization';
import { sandboxObject } from '../schema';
import { SEED_ORGANIZATION } from '../seed-data';
import { SANDBOX_DEFAULT_PROJECT_ID, SANDBOX_ORGANIZATION_ID } from '../seed-ids';
import { forgetSeeding, runSeeders, SEED_LOCK } from '../seed';
import type { SandboxPreset } from '../seeders';
import { insertObject } from '../store-writes';

const DAY = 86_400;

export interface ResetOptions {
  /** Defaults to SANDBOX_PRESET. */
  preset?: SandboxPreset;
  /**
   * Count the seed back from today rather than from the day of the first seeding. Only safe
   * before ensureSandboxSeeded ran in this process (it keeps the organization, base time included,
   * per database): start-up uses it, resets at run time keep the base.
   */
  rebase?: boolean;
  /** Milliseconds since the epoch, for tests. */
  now?: number;
}

export interface ResetResult {
  organization: OrganizationRecord;
  durationMs: number;
}

/**
 * Puts the sandbox back to its seed: deletes every sandbox object (the audit log included) and
 * runs every seeder again, in one transaction under the seeding lock, so concurrent requests see
 * the old organization or the new one, never half of each. Console settings (the sandbox key,
 * the fault setting) are not sandbox objects and stay.
 */
export async function resetSandbox(db: Db, options: ResetOptions = {}): Promise<ResetResult> {
  const startedAt = performance.now();
  const preset = options.preset ?? getConfig().sandboxPreset;
  const organization = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const previous = await readOrganizationRecord(tx);
    const today = Math.floor((options.now ?? Date.now()) / 1000 / DAY) * DAY;
    const org: OrganizationRecord = {
      id: SANDBOX_ORGANIZATION_ID,
      name: SEED_ORGANIZATION.name,
      base_time: options.rebase || !previous ? today : previous.base_time,
      default_project_id: SANDBOX_DEFAULT_PROJECT_ID,
      seeders: [],
      preset,
    };
    await tx.delete(sandboxObject);
    await insertObject(tx, { kind: KIND.organization, id: org.id, data: org, seq: 1 });
    return runSeeders(tx, org);
  });
  forgetSeeding(db);
  return { organization, durationMs: Math.round(performance.now() - startedAt) };
}
