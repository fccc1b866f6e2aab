import 'server-only';
import type { OrganizationDataRetention } from 'openai/resources/admin/organization/data-retention';
import type { ProjectDataRetention } from 'openai/resources/admin/organization/projects/data-retention';
import type { ProjectHostedToolPermissions } from 'openai/resources/admin/organization/projects/hosted-tool-permissions';
import type { ProjectModelPermissions } from 'openai/resources/admin/organization/projects/model-permissions';
import type { ProjectRateLimit } from 'openai/resources/admin/organization/projects/rate-limits';
import type { ProjectSpendAlert } from 'openai/resources/admin/organization/projects/spend-alerts';
import type { ProjectSpendLimit } from 'openai/resources/admin/organization/projects/spend-limit';
import type { OrganizationSpendAlert } from 'openai/resources/admin/organization/spend-alerts';
import type { OrganizationSpendLimit } from 'openai/resources/admin/organization/spend-limit';

/**
 * The settings family's collections in sandbox_object. Everywhere the scope is the project id, or
 * '' for the organization's own settings. Singletons (one per organization or project) use the
 * owner's id (organization id or project id) as their id. Settings never set are not stored:
 * handlers answer their defaults (see defaults.ts).
 */
export const SETTINGS_KIND = {
  /** Scope: '' or the project id; id: `alert_…`. List order = creation order (seq). */
  spendAlert: 'spend_alert',
  /** Scope: '' or the project id; id: the organization or project id. */
  spendLimit: 'spend_limit',
  /** Scope: '' or the project id; id: the organization or project id. */
  dataRetention: 'data_retention',
  /** Scope: the project id; id: the project id. */
  modelPermissions: 'model_permissions',
  /** Scope: the project id; id: the project id. */
  hostedToolPermissions: 'hosted_tool_permissions',
  /** Scope: the project id; id: `rl-<model>`. Only limits changed from the catalogue's defaults. */
  projectRateLimit: 'project_rate_limit',
} as const;

export type SpendAlertObject = OrganizationSpendAlert | ProjectSpendAlert;
export type SpendLimitObject = OrganizationSpendLimit | ProjectSpendLimit;
export type DataRetentionObject = OrganizationDataRetention | ProjectDataRetention;
export type {
  ProjectHostedToolPermissions,
  ProjectModelPermissions,
  ProjectRateLimit,
  ProjectDataRetention,
  OrganizationDataRetention,
};

export const ALERT_ID_PREFIX = 'alert_';
export const RATE_LIMIT_ID_PREFIX = 'rl-';
