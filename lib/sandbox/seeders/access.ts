import 'server-only';
import type { Seeder } from './types';

/** Filled in by the access work (issue 3). */
export const accessSeeder: Seeder = {
  name: 'access',
  run: async () => {},
};
