import 'server-only';
import { seedKeysAndHistory } from '../handlers/keys-audit/seed';
import type { Seeder } from './types';

/**
 * Admin API keys (three of the founders', and the console's configured key) and the audit log's
 * history of everything seeded before it. Runs last: it tells the story of what the others made.
 */
export const keysAuditSeeder: Seeder = {
  name: 'keys-audit',
  run: seedKeysAndHistory,
};
