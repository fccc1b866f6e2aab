import 'server-only';
import type { SeedRole } from './seed-plan';

// The custom roles of the seeded projects (see seed-plan.ts for the rest of the access story).

const KEY_MANAGER: Omit<SeedRole, 'ageDays'> = {
  name: 'API Key Manager',
  description: "Creates and revokes the project's API keys and service accounts.",
  permissions: [
    'api.model.request',
    'api.organization.projects.api_keys.read',
    'api.organization.projects.api_keys.write',
    'api.organization.projects.service_accounts.read',
    'api.organization.projects.service_accounts.write',
  ],
};

const AUDITOR: Omit<SeedRole, 'ageDays'> = {
  name: 'Read-only Auditor',
  description: 'Sees everything in the project and changes nothing.',
  permissions: [
    'api.organization.projects.users.read',
    'api.organization.projects.groups.read',
    'api.organization.projects.roles.read',
    'api.organization.projects.service_accounts.read',
    'api.organization.projects.api_keys.read',
    'api.organization.projects.rate_limits.read',
    'api.organization.projects.settings.read',
  ],
};

const LIMITS_ADMIN: Omit<SeedRole, 'ageDays'> = {
  name: 'Rate Limit Admin',
  description: 'Tunes per-model rate limits and model permissions.',
  permissions: [
    'api.model.request',
    'api.organization.projects.rate_limits.read',
    'api.organization.projects.rate_limits.write',
    'api.organization.projects.settings.read',
    'api.organization.projects.settings.write',
  ],
};

/** Custom project roles by project name; each is given to one or two of its members. */
export const SEED_PROJECT_ROLES: Record<string, SeedRole[]> = {
  'Customer Support Assistant': [
    { ...KEY_MANAGER, ageDays: 600 },
    { ...AUDITOR, ageDays: 420 },
  ],
  'Developer Copilot': [
    { ...KEY_MANAGER, ageDays: 190 },
    { ...LIMITS_ADMIN, ageDays: 160 },
    { ...AUDITOR, ageDays: 120 },
  ],
  'Fleet Telemetry Insights': [
    { ...LIMITS_ADMIN, ageDays: 400 },
    { ...AUDITOR, ageDays: 300 },
  ],
};
