import 'server-only';
import { stableObjectId } from '../../random';
import type { StoredObject } from '../../store';
import { defaultHostedToolPermissions } from './defaults';
import {
  ALERT_ID_PREFIX,
  SETTINGS_KIND,
  type ProjectRateLimit,
  type SpendAlertObject,
} from './kinds';
import { MODEL_CATALOGUE, type ModelLimits } from './models';
import { RATE_LIMIT_FIELDS, rateLimitObject } from './rate-limit-objects';
import { ALERT_SUBJECT_PREFIX, type ProjectSettingsPlan } from './seed-plan';

/** Builders for the settings seeder's rows (see seeders/settings.ts). */

type Row = StoredObject<object>;

/** A limit scaled down and rounded to two significant digits, never below 1. */
function roundLimit(value: number): number {
  if (value < 1) return 1;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.max(1, Math.round(value / unit) * unit);
}

/** A model's rate limit lowered to a share of the organization's limits. */
export function loweredRateLimit(modelId: string, share: number): ProjectRateLimit | null {
  const model = MODEL_CATALOGUE.find((m) => m.id === modelId);
  if (!model) return null;
  const limits: ModelLimits = { ...model.limits };
  for (const field of RATE_LIMIT_FIELDS) {
    const value = model.limits[field];
    if (value !== undefined) limits[field] = roundLimit(value * share);
  }
  return rateLimitObject(model, limits);
}

/** Spend alerts at shares of a monthly budget, oldest first. */
export function alertRows(
  owner: { level: 'organization' | 'project'; id: string; scope: string },
  budgetCents: number,
  shares: readonly number[],
  recipients: string[],
): Row[] {
  return shares.map((share, i) => {
    const id = stableObjectId(ALERT_ID_PREFIX, `spend_alert:${owner.id}:${share}`);
    const data: SpendAlertObject = {
      id,
      object: owner.level === 'organization' ? 'organization.spend_alert' : 'project.spend_alert',
      threshold_amount: Math.round(budgetCents * share),
      currency: 'USD',
      interval: 'month',
      notification_channel: {
        type: 'email',
        recipients,
        subject_prefix: `${ALERT_SUBJECT_PREFIX} ${Math.round(share * 100)}%`,
      },
    };
    return { kind: SETTINGS_KIND.spendAlert, scope: owner.scope, id, seq: i + 1, data };
  });
}

export function spendLimitRow(
  owner: { level: 'organization' | 'project'; id: string; scope: string },
  thresholdCents: number,
  enforcing: boolean,
): Row {
  return {
    kind: SETTINGS_KIND.spendLimit,
    scope: owner.scope,
    id: owner.id,
    seq: 1,
    data: {
      object: owner.level === 'organization' ? 'organization.spend_limit' : 'project.spend_limit',
      threshold_amount: thresholdCents,
      currency: 'USD',
      interval: 'month',
      enforcement: { status: enforcing ? 'enforcing' : 'inactive' },
    },
  };
}

/** A project's singleton settings and lowered rate limits (its spend settings are separate). */
export function projectSettingRows(projectId: string, plan: ProjectSettingsPlan): Row[] {
  const row = (kind: string, id: string, data: object, seq = 1): Row => ({
    kind,
    scope: projectId,
    id,
    seq,
    data,
  });
  const rows: Row[] = [];
  if (plan.modelPermissions) {
    const data = { object: 'project.model_permissions', ...plan.modelPermissions };
    rows.push(row(SETTINGS_KIND.modelPermissions, projectId, data));
  }
  if (plan.toolsOff?.length) {
    const tools = defaultHostedToolPermissions();
    for (const tool of plan.toolsOff) tools[tool] = { enabled: false };
    rows.push(row(SETTINGS_KIND.hostedToolPermissions, projectId, tools));
  }
  if (plan.retention) {
    const data = { object: 'project.data_retention', type: plan.retention };
    rows.push(row(SETTINGS_KIND.dataRetention, projectId, data));
  }
  Object.entries(plan.rateLimitShares ?? {}).forEach(([modelId, share], i) => {
    const limit = loweredRateLimit(modelId, share);
    if (limit) rows.push(row(SETTINGS_KIND.projectRateLimit, limit.id, limit, i + 1));
  });
  return rows;
}
