import 'server-only';
import type { Seeder } from './types';

/** Filled in by the trust work (issue 3). */
export const trustSeeder: Seeder = {
  name: 'trust',
  run: async () => {},
};
