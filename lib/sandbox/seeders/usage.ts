import 'server-only';
import type { Seeder } from './types';

/**
 * Usage and costs are not stored: they are generated from the projects, members and API keys
 * the other seeders store (see lib/sandbox/usage), so there is nothing to seed here.
 */
export const usageSeeder: Seeder = {
  name: 'usage',
  run: async () => {},
};
