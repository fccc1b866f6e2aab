import 'server-only';
import type { Db } from '@/lib/server/db';
import { invalidRequest, notFound } from '../../errors';
import { findById, getObject } from '../../store';
import {
  ACCESS_KIND,
  type AssignedRoleObject,
  type RoleLevel,
  type RoleObject,
  type RoleRecord,
} from './kinds';
import { predefinedRole } from './predefined';

/** Where a role lives: the organization, or one project. */
export type RoleHome = { level: 'organization' } | { level: 'project'; projectId: string };

export const homeScope = (home: RoleHome) => (home.level === 'project' ? home.projectId : '');
export const roleKind = (level: RoleLevel) =>
  level === 'project' ? ACCESS_KIND.projectRole : ACCESS_KIND.organizationRole;

/** The role with this id at this home (predefined or custom), or null. */
export async function findRole(db: Db, home: RoleHome, id: string): Promise<RoleRecord | null> {
  const builtIn = predefinedRole(home.level, id);
  if (builtIn) return builtIn;
  return (await getObject<RoleRecord>(db, roleKind(home.level), homeScope(home), id))?.data ?? null;
}

export async function requireRole(db: Db, home: RoleHome, id: string): Promise<RoleRecord> {
  const role = await findRole(db, home, id);
  if (!role) throw notFound('Role', id, 'role_id');
  return role;
}

/**
 * The role a request wants to assign at `home`. A role of the other level, or a custom project
 * role of another project, is refused with a 400 that says so; an id naming no role is a 404.
 */
export async function assignableRole(
  db: Db,
  home: RoleHome,
  id: string,
  param = 'role_id',
): Promise<RoleRecord> {
  const role = await findRole(db, home, id);
  if (role) return role;
  const otherLevel: RoleLevel = home.level === 'project' ? 'organization' : 'project';
  const elsewhere =
    predefinedRole(otherLevel, id) !== undefined ||
    (otherLevel === 'organization'
      ? (await getObject(db, ACCESS_KIND.organizationRole, '', id)) !== null
      : (await findById(db, ACCESS_KIND.projectRole, id)).length > 0);
  if (elsewhere) {
    throw invalidRequest(
      home.level === 'project'
        ? `Role '${id}' is an organization role: only project roles can be assigned in a project.`
        : `Role '${id}' is a project role: only organization roles can be assigned at the organization level.`,
      param,
      'role_level_mismatch',
    );
  }
  if (home.level === 'project' && (await findById(db, ACCESS_KIND.projectRole, id)).length > 0) {
    throw invalidRequest(`Role '${id}' belongs to another project.`, param, 'role_level_mismatch');
  }
  throw notFound('Role', id, param);
}

/** A role as the role endpoints answer it. */
export function presentRole(role: RoleRecord): RoleObject {
  const { object, id, name, description, permissions, resource_type, predefined_role } = role;
  return { object, id, name, description, permissions, resource_type, predefined_role };
}

/** A role as assignment lists show it (and as each assignment stores it). */
export function assignedRole(role: RoleRecord): AssignedRoleObject {
  return {
    id: role.id,
    name: role.name,
    permissions: role.permissions,
    resource_type: role.resource_type,
    predefined_role: role.predefined_role,
    description: role.description,
    created_at: role.created_at,
    updated_at: role.updated_at,
    created_by: role.created_by,
    created_by_user_obj: role.created_by_user_obj,
    metadata: {},
    assignment_sources: null,
  };
}
