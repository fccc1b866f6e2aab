import 'server-only';
import type { Db } from '@/lib/server/db';
import type { OrganizationRecord } from '../model';
import type { RandomSource } from '../random';

/** `default`: a believable mid-size company. `large`: 10,000 users, 1,000 projects, 50,000 keys (SANDBOX_PRESET=large). */
export type SandboxPreset = 'default' | 'large';

export interface SeedContext {
  /** The seeding transaction. */
  db: Db;
  organization: OrganizationRecord;
  /** Start of the UTC day of seeding (Unix seconds); seed timestamps count back from it. */
  base: number;
  preset: SandboxPreset;
  /** A deterministic random source of this seeder's own, so seeders never shift each other's data. */
  random: RandomSource;
}

/**
 * One family's seed data. Seeders run once each, in the order of SEEDERS, inside one transaction;
 * a seeder added later runs on the next start of an already seeded sandbox.
 */
export interface Seeder {
  name: string;
  run(ctx: SeedContext): Promise<void>;
}
