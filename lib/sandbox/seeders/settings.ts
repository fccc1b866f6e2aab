import 'server-only';
import type { Seeder } from './types';

/** Filled in by the settings work (issue 3). */
export const settingsSeeder: Seeder = {
  name: 'settings',
  run: async () => {},
};
