import 'server-only';
import { seedRows } from '../seed-rows';
import { insertMany } from '../store-writes';
import type { Seeder } from './types';

/** Projects, organization users and project memberships. */
export const coreSeeder: Seeder = {
  name: 'core',
  run: async ({ db, base }) => {
    await insertMany(db, seedRows(base));
  },
};
