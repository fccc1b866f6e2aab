import 'server-only';
import type { Seeder } from './types';

/** Filled in by the keys-audit work (issue 3). */
export const keysAuditSeeder: Seeder = {
  name: 'keys-audit',
  run: async () => {},
};
