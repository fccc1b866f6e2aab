import 'server-only';
import { seedRows } from '../seed-rows';
import { insertMany } from '../store-writes';
import { largeSeedRows } from './core-large';
import type { Seeder } from './types';

/**
 * Projects, organization users and project memberships: the default seed, or with
 * SANDBOX_PRESET=large the same organization grown to 10,000 users and 1,000 projects.
 */
export const coreSeeder: Seeder = {
  name: 'core',
  run: async ({ db, base, preset, random }) => {
    await insertMany(db, preset === 'large' ? largeSeedRows(base, random) : seedRows(base));
  },
};
