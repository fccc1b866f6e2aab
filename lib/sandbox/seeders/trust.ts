import 'server-only';
import { seedApiKeys } from '../handlers/trust/seed-api-keys';
import { seedCertificates } from '../handlers/trust/seed-certificates';
import { seedInvites } from '../handlers/trust/seed-invites';
import { loadRoster } from '../handlers/trust/seed-roster';
import { seedServiceAccounts } from '../handlers/trust/seed-service-accounts';
import type { Seeder } from './types';

/**
 * Certificates (real X.509, made at seed time), invites, service accounts and project API keys,
 * built on the projects, users and memberships the core seeder stored.
 */
export const trustSeeder: Seeder = {
  name: 'trust',
  run: async (ctx) => {
    const roster = await loadRoster(ctx.db);
    await seedCertificates(ctx, roster);
    await seedInvites(ctx, roster);
    const accounts = await seedServiceAccounts(ctx, roster);
    await seedApiKeys(ctx, roster, accounts);
  },
};
