import 'server-only';
import { randomIntBetween, stableObjectId } from '../../random';
import type { StoredObject } from '../../store';
import type { SeedContext } from '../../seeders/types';
import { insertMany } from '../../store-writes';
import { TRUST_ID_PREFIX, TRUST_KIND, type ServiceAccountObject } from './kinds';
import type { SeedRoster } from './seed-roster';

const DAY = 86_400;

const NAMES = [
  'prod-backend',
  'ci-pipeline',
  'nightly-evals',
  'staging-api',
  'batch-embeddings',
  'monitoring-probe',
  'data-sync',
  'webhook-worker',
];

/** Project id → its service accounts, oldest first. */
export type SeededServiceAccounts = Map<string, ServiceAccountObject[]>;

/** One to three service accounts on most active projects (about four in five). */
export async function seedServiceAccounts(
  ctx: SeedContext,
  roster: SeedRoster,
): Promise<SeededServiceAccounts> {
  const { base, random } = ctx;
  const seeded: SeededServiceAccounts = new Map();
  const rows: StoredObject<object>[] = [];
  for (const project of roster.activeProjects) {
    if (random() < 0.2) continue;
    const count = randomIntBetween(random, 1, 3);
    const offset = randomIntBetween(random, 0, NAMES.length - 1);
    const accounts: ServiceAccountObject[] = [];
    for (let i = 0; i < count; i++) {
      const name = NAMES[(offset + i) % NAMES.length] ?? 'service';
      const earliest = project.created_at + DAY;
      const created_at = randomIntBetween(random, Math.min(earliest, base - DAY), base - DAY);
      accounts.push({
        object: 'organization.project.service_account',
        id: stableObjectId(TRUST_ID_PREFIX.serviceAccount, `service-account:${project.id}:${name}`),
        name,
        role: random() < 0.2 ? 'owner' : 'member',
        created_at,
      });
    }
    accounts.sort((a, b) => a.created_at - b.created_at);
    accounts.forEach((data, i) =>
      rows.push({
        kind: TRUST_KIND.projectServiceAccount,
        scope: project.id,
        id: data.id,
        seq: i + 1,
        data,
      }),
    );
    seeded.set(project.id, accounts);
  }
  await insertMany(ctx.db, rows);
  return seeded;
}
