import 'server-only';
import type { RoleLevel } from './kinds';

/**
 * The permissions a custom role may grant, by level. Names follow the spec's examples
 * (`api.groups.read` on organization roles, `api.organization.projects.api_keys.write` on project
 * roles, `api.model.request` as the scope keys carry); each area has a read and usually a write
 * permission. The console's role editor lists these.
 */
export interface PermissionInfo {
  permission: string;
  level: RoleLevel;
  /** What the permission covers, for grouping in an editor (e.g. `Groups`). */
  area: string;
  access: 'read' | 'write' | 'use';
  description: string;
}

type AreaSpec = [prefix: string, area: string, what: string, write: boolean];

const ORGANIZATION_AREAS: AreaSpec[] = [
  ['api.users', 'Users', 'organization members and their roles', true],
  ['api.invites', 'Invites', 'invitations to the organization', true],
  ['api.groups', 'Groups', 'groups and their members', true],
  ['api.roles', 'Roles', 'custom roles and role assignments', true],
  ['api.projects', 'Projects', 'projects (create, rename, archive)', true],
  ['api.admin_api_keys', 'Admin API keys', 'admin API keys', true],
  ['api.certificates', 'Certificates', 'mutual TLS certificates', true],
  ['api.audit_logs', 'Audit logs', 'the audit log', false],
  ['api.usage', 'Usage and costs', 'usage and cost reports', false],
  ['api.billing', 'Billing', 'spend limits and spend alerts', true],
  ['api.settings', 'Settings', 'organization settings such as data retention', true],
];

const PROJECT_AREAS: AreaSpec[] = [
  ['api.organization.projects.users', 'Members', 'project members', true],
  ['api.organization.projects.groups', 'Groups', 'groups with access to the project', true],
  ['api.organization.projects.roles', 'Roles', 'project roles and their assignments', true],
  ['api.organization.projects.service_accounts', 'Service accounts', 'service accounts', true],
  ['api.organization.projects.api_keys', 'API keys', 'project API keys', true],
  ['api.organization.projects.rate_limits', 'Rate limits', 'per-model rate limits', true],
  [
    'api.organization.projects.settings',
    'Settings',
    'model and tool permissions, data retention, spend alerts',
    true,
  ],
];

function catalogue(level: RoleLevel, areas: AreaSpec[]): PermissionInfo[] {
  return areas.flatMap(([prefix, area, what, write]) => {
    const read: PermissionInfo = {
      permission: `${prefix}.read`,
      level,
      area,
      access: 'read',
      description: `View ${what}.`,
    };
    if (!write) return [read];
    return [
      read,
      {
        permission: `${prefix}.write`,
        level,
        area,
        access: 'write',
        description: `Manage ${what}.`,
      },
    ];
  });
}

export const PERMISSION_CATALOGUE: readonly PermissionInfo[] = Object.freeze([
  ...catalogue('organization', ORGANIZATION_AREAS),
  {
    permission: 'api.model.request',
    level: 'project',
    area: 'Models',
    access: 'use',
    description: 'Make model requests in the project.',
  },
  ...catalogue('project', PROJECT_AREAS),
]);

/** The permission names a role of this level may grant, in catalogue order. */
export function permissionsFor(level: RoleLevel): string[] {
  return PERMISSION_CATALOGUE.filter((p) => p.level === level).map((p) => p.permission);
}

const known: Record<RoleLevel, Set<string>> = {
  organization: new Set(permissionsFor('organization')),
  project: new Set(permissionsFor('project')),
};

export const isPermissionFor = (level: RoleLevel, permission: string) =>
  known[level].has(permission);
