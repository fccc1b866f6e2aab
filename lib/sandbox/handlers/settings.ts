import 'server-only';
import type { CascadeHooks } from '../cascade';
import type { HandlerTable } from '../handler';
import { dataRetentionHandlers } from './settings/data-retention';
import { hostedToolPermissionHandlers } from './settings/hosted-tool-permissions';
import { modelPermissionHandlers } from './settings/model-permissions';
import { rateLimitHandlers } from './settings/rate-limits';
import { spendAlertHandlers } from './settings/spend-alerts';
import { spendLimitHandlers } from './settings/spend-limits';

/**
 * Organization and project settings: spend alerts, hard spend limits, data retention, and for
 * projects model permissions, hosted tool permissions and rate limits.
 */
export const settingsHandlers: HandlerTable = {
  ...spendAlertHandlers('organization', 'spendAlerts'),
  ...spendAlertHandlers('project', 'projects.spendAlerts'),
  ...spendLimitHandlers('organization', 'spendLimit'),
  ...spendLimitHandlers('project', 'projects.spendLimit'),
  ...dataRetentionHandlers('organization', 'dataRetention'),
  ...dataRetentionHandlers('project', 'projects.dataRetention'),
  ...modelPermissionHandlers,
  ...hostedToolPermissionHandlers,
  ...rateLimitHandlers,
};

/**
 * Nothing to clean up: settings hang off the organization or a project, never off users or
 * groups, and an archived project keeps its settings (readable, no longer changeable).
 */
export const settingsCascade: CascadeHooks = {};
