import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import { KIND, type ProjectObject, type ProjectUserObject, type UserObject } from '../model';
import { SEED_ORGANIZATION } from '../seed-data';
import { field, listObjects, type StoredObject } from '../store';
import { insertMany } from '../store-writes';
import { SETTINGS_KIND } from '../handlers/settings/kinds';
import {
  alertRows,
  loweredRateLimit,
  projectSettingRows,
  spendLimitRow,
} from '../handlers/settings/seed-objects';
import {
  LARGE_PRESET_CUSTOMISED_SHARE,
  LARGE_PRESET_MODELS,
  ORGANIZATION_ALERT_SHARES,
  ORGANIZATION_BUDGET_CENTS,
  ORGANIZATION_RETENTION,
  ORGANIZATION_SPEND_LIMIT_CENTS,
  PROJECT_ALERT_SHARES,
  PROJECT_SETTINGS,
  FINANCE_MAILBOX,
} from '../handlers/settings/seed-plan';
import type { Seeder } from './types';

type Row = StoredObject<object>;

const FINANCE_EMAIL = `${FINANCE_MAILBOX}@${SEED_ORGANIZATION.domain}`;

async function ownerEmails(db: Db, kind: string, scope: string): Promise<string[]> {
  const where = eq(field('role'), 'owner');
  const owners = await listObjects<UserObject | ProjectUserObject>(db, {
    kind,
    scope,
    where,
    direction: 'asc',
    limit: 3,
  });
  return owners.map((o) => o.data.email);
}

/**
 * Settings of the organization (retention, a hard spend limit, budget alerts) and of a few
 * projects (budgets with alerts and limits, model allow/deny lists, hosted tools switched off,
 * own retention, lowered rate limits). Everything else keeps its defaults, which are not stored.
 */
export const settingsSeeder: Seeder = {
  name: 'settings',
  run: async ({ db, organization, preset, random }) => {
    const org = { level: 'organization' as const, id: organization.id, scope: '' };
    const orgOwners = await ownerEmails(db, KIND.user, '');
    const rows: Row[] = [
      {
        kind: SETTINGS_KIND.dataRetention,
        scope: '',
        id: org.id,
        seq: 1,
        data: { object: 'organization.data_retention', type: ORGANIZATION_RETENTION },
      },
      spendLimitRow(org, ORGANIZATION_SPEND_LIMIT_CENTS, false),
      ...alertRows(org, ORGANIZATION_BUDGET_CENTS, ORGANIZATION_ALERT_SHARES, [
        FINANCE_EMAIL,
        ...orgOwners.slice(0, 1),
      ]),
    ];

    const projects = await listObjects<ProjectObject>(db, {
      kind: KIND.project,
      direction: 'asc',
      limit: 100_000,
    });
    for (const { data: project } of projects) {
      const plan = PROJECT_SETTINGS[project.name];
      if (!plan) {
        // The large preset's generated projects: a few lowered one model's limits.
        if (preset === 'large' && random() < LARGE_PRESET_CUSTOMISED_SHARE) {
          const model = LARGE_PRESET_MODELS[Math.floor(random() * LARGE_PRESET_MODELS.length)];
          const limit = model ? loweredRateLimit(model, 0.1 + random() * 0.4) : null;
          if (limit) {
            const kind = SETTINGS_KIND.projectRateLimit;
            rows.push({ kind, scope: project.id, id: limit.id, seq: 1, data: limit });
          }
        }
        continue;
      }
      rows.push(...projectSettingRows(project.id, plan));
      if (plan.budgetCents !== undefined) {
        const owner = { level: 'project' as const, id: project.id, scope: project.id };
        const recipients = await ownerEmails(db, KIND.projectUser, project.id);
        rows.push(
          spendLimitRow(owner, plan.budgetCents, plan.limitEnforcing ?? false),
          ...alertRows(owner, plan.budgetCents, PROJECT_ALERT_SHARES, [
            ...recipients.slice(0, 2),
            FINANCE_EMAIL,
          ]),
        );
      }
    }
    await insertMany(db, rows);
  },
};
