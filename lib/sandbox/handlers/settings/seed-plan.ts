import 'server-only';
import type { HostedTool } from './defaults';
import type { ProjectDataRetention, ProjectModelPermissions } from './kinds';

/** What the settings seeder gives the sandbox organization and some of its seeded projects. */

/** The organization's monthly budget: alerts at half, 80% and all of it. */
export const ORGANIZATION_BUDGET_CENTS = 2_500_000;
export const ORGANIZATION_ALERT_SHARES = [0.5, 0.8, 1] as const;
/** The organization's hard limit sits a little above its budget. */
export const ORGANIZATION_SPEND_LIMIT_CENTS = 3_000_000;
export const ORGANIZATION_RETENTION = 'modified_abuse_monitoring' as const;

/** A project's monthly budget gets alerts at 80% and 100%, and a hard limit at 100%. */
export const PROJECT_ALERT_SHARES = [0.8, 1] as const;

export interface ProjectSettingsPlan {
  budgetCents?: number;
  /** The project has reached its hard limit this month. */
  limitEnforcing?: boolean;
  modelPermissions?: Pick<ProjectModelPermissions, 'mode' | 'model_ids'>;
  toolsOff?: HostedTool[];
  retention?: ProjectDataRetention['type'];
  /** Models whose limits were lowered, as a share of the organization's limits. */
  rateLimitShares?: Record<string, number>;
}

/** By seeded project name (seed-data.ts); names missing from the store are skipped. */
export const PROJECT_SETTINGS: Record<string, ProjectSettingsPlan> = {
  'Customer Support Assistant': {
    budgetCents: 800_000,
    modelPermissions: {
      mode: 'allow_list',
      model_ids: ['gpt-4o', 'gpt-4o-mini', 'text-embedding-3-small', 'omni-moderation-latest'],
    },
    toolsOff: ['image_generation', 'code_interpreter'],
    retention: 'enhanced_modified_abuse_monitoring',
    rateLimitShares: { 'gpt-4o': 0.2, 'gpt-4o-mini': 0.25 },
  },
  'Legal Contract Review': {
    budgetCents: 200_000,
    modelPermissions: {
      mode: 'allow_list',
      model_ids: ['gpt-4.1', 'o3', 'text-embedding-3-large'],
    },
    toolsOff: ['web_search', 'image_generation', 'mcp', 'code_interpreter'],
    retention: 'zero_data_retention',
  },
  'Developer Copilot': {
    budgetCents: 300_000,
    rateLimitShares: { o3: 0.1, 'gpt-4.1': 0.3 },
  },
  'Marketing Content Studio': {
    budgetCents: 50_000,
    limitEnforcing: true,
    modelPermissions: {
      mode: 'deny_list',
      model_ids: ['o3-pro', 'o3-deep-research', 'computer-use-preview'],
    },
    rateLimitShares: { 'gpt-image-1': 0.2, 'dall-e-3': 0.05 },
  },
  'Data Labeling Pipeline': {
    toolsOff: ['web_search'],
    rateLimitShares: { 'gpt-4o-mini': 0.5 },
  },
  'Field Service Triage': {
    rateLimitShares: { 'whisper-1': 0.2, 'gpt-4o-mini': 0.1 },
  },
  'Summer Intern Sandbox': {
    budgetCents: 10_000,
    toolsOff: ['mcp'],
    rateLimitShares: { 'gpt-4o': 0.01, 'gpt-4o-mini': 0.01, 'o4-mini': 0.01 },
  },
};

/** For the large preset: the share of generated projects that lowered one model's limits. */
export const LARGE_PRESET_CUSTOMISED_SHARE = 0.05;
export const LARGE_PRESET_MODELS = ['gpt-4o-mini', 'gpt-4.1', 'text-embedding-3-small'] as const;

export const ALERT_SUBJECT_PREFIX = '[OpenAI spend]';
export const FINANCE_MAILBOX = 'finance';
