import 'server-only';

/**
 * The access story of the seeded company: its teams, the custom roles it defined and who holds
 * them. Ages are days before the seeding day; members are drawn at random from the seeded users.
 * Role names in assignments name a custom role of the same level or a predefined one.
 */

export interface SeedGroup {
  name: string;
  ageDays: number;
  /** Synced from the identity provider (Okta) over SCIM. */
  scim?: true;
  members: [min: number, max: number];
  /** Organization roles the group holds. */
  roles?: string[];
  /** Projects the group has access to, with the project role it was given. */
  projects?: { project: string; role: string }[];
}

export interface SeedRole {
  name: string;
  description: string;
  permissions: string[];
  ageDays: number;
}

export const SEED_GROUPS: SeedGroup[] = [
  {
    name: 'Platform Engineering',
    ageDays: 600,
    members: [8, 12],
    roles: ['Project Provisioner'],
    projects: [
      { project: 'Developer Copilot', role: 'Owner' },
      { project: 'Internal Knowledge Search', role: 'Member' },
    ],
  },
  {
    name: 'Applied ML',
    ageDays: 520,
    members: [6, 9],
    projects: [{ project: 'Data Labeling Pipeline', role: 'Member' }],
  },
  {
    name: 'Customer Success',
    ageDays: 480,
    members: [5, 8],
    projects: [{ project: 'Customer Support Assistant', role: 'Member' }],
  },
  { name: 'Security & Compliance', ageDays: 450, members: [3, 5], roles: ['Security Auditor'] },
  { name: 'Finance & Procurement', ageDays: 400, members: [3, 4], roles: ['Billing Manager'] },
  {
    name: 'okta-robotics-field-ops',
    ageDays: 300,
    scim: true,
    members: [6, 10],
    projects: [{ project: 'Field Service Triage', role: 'Member' }],
  },
  { name: 'okta-contractors', ageDays: 250, scim: true, members: [4, 7], roles: ['Reader'] },
  { name: 'Developer Relations', ageDays: 200, members: [3, 5] },
];

export const SEED_ORGANIZATION_ROLES: SeedRole[] = [
  {
    name: 'Access Administrator',
    description: 'Manages members, invitations, groups and role assignments.',
    permissions: [
      'api.users.read',
      'api.users.write',
      'api.invites.read',
      'api.invites.write',
      'api.groups.read',
      'api.groups.write',
      'api.roles.read',
      'api.roles.write',
    ],
    ageDays: 540,
  },
  {
    name: 'Billing Manager',
    description: 'Watches usage and costs and manages spend limits and alerts.',
    permissions: ['api.usage.read', 'api.billing.read', 'api.billing.write', 'api.projects.read'],
    ageDays: 500,
  },
  {
    name: 'Security Auditor',
    description: 'Read-only access to the audit log, keys, certificates and access settings.',
    permissions: [
      'api.audit_logs.read',
      'api.users.read',
      'api.groups.read',
      'api.roles.read',
      'api.admin_api_keys.read',
      'api.certificates.read',
      'api.settings.read',
    ],
    ageDays: 450,
  },
  {
    name: 'Project Provisioner',
    description: 'Creates and archives projects for the engineering teams.',
    permissions: ['api.projects.read', 'api.projects.write', 'api.users.read', 'api.groups.read'],
    ageDays: 380,
  },
];

/** Organization roles given to individual people (by their index among the non-owners). */
export const SEED_USER_ROLES: { user: number; role: string }[] = [
  { user: 0, role: 'Access Administrator' },
  { user: 4, role: 'Billing Manager' },
  { user: 9, role: 'Security Auditor' },
  { user: 9, role: 'Access Administrator' },
  { user: 15, role: 'Project Provisioner' },
];
