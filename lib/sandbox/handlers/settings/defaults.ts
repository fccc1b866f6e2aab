import 'server-only';
import type {
  OrganizationDataRetention,
  ProjectDataRetention,
  ProjectHostedToolPermissions,
  ProjectModelPermissions,
} from './kinds';

/** What GET answers for settings never set (they are stored only once changed). */

/** The organization's retention before anyone sets it (the API has no "standard" value). */
export const DEFAULT_ORGANIZATION_RETENTION: OrganizationDataRetention = {
  object: 'organization.data_retention',
  type: 'modified_abuse_monitoring',
};

/** Projects follow the organization until given their own retention. */
export const DEFAULT_PROJECT_RETENTION: ProjectDataRetention = {
  object: 'project.data_retention',
  type: 'organization_default',
};

/** No policy: an empty deny list, so every model is allowed. DELETE returns a project to it. */
export const DEFAULT_MODEL_PERMISSIONS: ProjectModelPermissions = {
  object: 'project.model_permissions',
  mode: 'deny_list',
  model_ids: [],
};

/** The hosted tools the API lists, in its order. */
export const HOSTED_TOOLS = [
  'file_search',
  'web_search',
  'image_generation',
  'mcp',
  'code_interpreter',
] as const satisfies readonly (keyof ProjectHostedToolPermissions)[];

export type HostedTool = (typeof HOSTED_TOOLS)[number];

/** Every hosted tool is on until switched off. */
export function defaultHostedToolPermissions(): ProjectHostedToolPermissions {
  return {
    file_search: { enabled: true },
    web_search: { enabled: true },
    image_generation: { enabled: true },
    mcp: { enabled: true },
    code_interpreter: { enabled: true },
  };
}
