import 'server-only';
import { accessSeeder } from './access';
import { coreSeeder } from './core';
import { keysAuditSeeder } from './keys-audit';
import { settingsSeeder } from './settings';
import { trustSeeder } from './trust';
import { usageSeeder } from './usage';
import type { Seeder } from './types';

export type { SandboxPreset, SeedContext, Seeder } from './types';

/**
 * Seed families in the order they run. Later ones may read what earlier ones stored (keys need
 * users and service accounts; the audit history goes last and tells the story of all of it).
 */
export const SEEDERS: readonly Seeder[] = [coreSeeder, accessSeeder, trustSeeder, settingsSeeder, usageSeeder, keysAuditSeeder];
