import 'server-only';
import { stableObjectId } from '../../random';
import { RESOURCE_TYPE, ROLE_ID_PREFIX, type RoleLevel, type RoleRecord } from './kinds';
import { permissionsFor } from './permissions';

/**
 * The roles OpenAI defines: listed first among a level's roles, assignable, never changed or
 * deleted. They are the same in every organization and project, so they are constants with
 * stable ids rather than stored objects.
 */

const predefinedRoleId = (level: RoleLevel, key: string) =>
  stableObjectId(ROLE_ID_PREFIX, `predefined:${level}:${key}`);

function predefined(
  level: RoleLevel,
  key: string,
  name: string,
  description: string,
  permissions: string[],
): RoleRecord {
  return {
    object: 'role',
    id: predefinedRoleId(level, key),
    name,
    description,
    permissions,
    resource_type: RESOURCE_TYPE[level],
    predefined_role: true,
    created_at: null,
    updated_at: null,
    created_by: null,
    created_by_user_obj: null,
  };
}

const readOnly = (level: RoleLevel) => permissionsFor(level).filter((p) => p.endsWith('.read'));

export const PREDEFINED_ROLES: Record<RoleLevel, readonly RoleRecord[]> = {
  organization: [
    predefined(
      'organization',
      'owner',
      'Owner',
      'Full control of the organization: members, projects, billing, keys and settings.',
      permissionsFor('organization'),
    ),
    predefined(
      'organization',
      'reader',
      'Reader',
      'Read-only access to the organization.',
      readOnly('organization'),
    ),
  ],
  project: [
    predefined(
      'project',
      'owner',
      'Owner',
      'Full control of the project: members, keys, limits and settings.',
      permissionsFor('project'),
    ),
    predefined(
      'project',
      'member',
      'Member',
      'Uses the project: model requests, own API keys, and read access to the rest.',
      ['api.model.request', ...readOnly('project'), 'api.organization.projects.api_keys.write'],
    ),
  ],
};

/** The predefined role of a level with this id, if it is one. */
export function predefinedRole(level: RoleLevel, id: string): RoleRecord | undefined {
  return PREDEFINED_ROLES[level].find((role) => role.id === id);
}

export const PREDEFINED_ROLE_IDS = {
  organizationOwner: predefinedRoleId('organization', 'owner'),
  organizationReader: predefinedRoleId('organization', 'reader'),
  projectOwner: predefinedRoleId('project', 'owner'),
  projectMember: predefinedRoleId('project', 'member'),
} as const;
