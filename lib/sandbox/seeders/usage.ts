import 'server-only';
import type { Seeder } from './types';

/** Filled in by the usage work (issue 3). */
export const usageSeeder: Seeder = {
  name: 'usage',
  run: async () => {},
};
