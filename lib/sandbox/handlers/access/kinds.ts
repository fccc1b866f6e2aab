import 'server-only';
import type { Group } from 'openai/resources/admin/organization/groups';
import type { OrganizationGroupUser } from 'openai/resources/admin/organization/groups/users';
import type { ProjectGroup } from 'openai/resources/admin/organization/projects/groups';
import type { Role } from 'openai/resources/admin/organization/roles';
import type { RoleListResponse } from 'openai/resources/admin/organization/users/roles';

/**
 * The access family's collections in sandbox_object. Assignment scopes that name two parents join
 * them with '/' (`proj_…/user-…`), so a cascade can match either half with split_part.
 */
export const ACCESS_KIND = {
  /** Org scope (''); id: `group_…`. List order = creation order. */
  group: 'group',
  /** Scope: the group id; id: the user id. */
  groupUser: 'group_user',
  /** Custom organization roles. Org scope; id: `role_…`. Predefined roles are not stored. */
  organizationRole: 'organization_role',
  /** Custom project roles. Scope: the project id; id: `role_…`. */
  projectRole: 'project_role',
  /** A user's organization roles. Scope: the user id; id: the role id. */
  userRole: 'user_role',
  /** A group's organization roles. Scope: the group id; id: the role id. */
  groupRole: 'group_role',
  /** Groups with access to a project. Scope: the project id; id: the group id. */
  projectGroup: 'project_group',
  /** A project member's project roles. Scope: `<project id>/<user id>`; id: the role id. */
  projectUserRole: 'project_user_role',
  /** A project group's project roles. Scope: `<project id>/<group id>`; id: the role id. */
  projectGroupRole: 'project_group_role',
} as const;

/** Every collection holding role assignments (each stores a copy of the role's details). */
export const ASSIGNMENT_KINDS = [
  ACCESS_KIND.userRole,
  ACCESS_KIND.groupRole,
  ACCESS_KIND.projectUserRole,
  ACCESS_KIND.projectGroupRole,
] as const;

export const GROUP_ID_PREFIX = 'group_';
export const ROLE_ID_PREFIX = 'role_';

/** Which level a role belongs to: its `resource_type`. */
export type RoleLevel = 'organization' | 'project';
export const RESOURCE_TYPE: Record<RoleLevel, string> = {
  organization: 'api.organization',
  project: 'api.project',
};

export type GroupObject = Group;
/** As group member lists show a user. */
export type GroupMemberObject = OrganizationGroupUser;
export type ProjectGroupObject = ProjectGroup;
export type RoleObject = Role;
/** A role as an assignment list shows it (and as each assignment stores it). */
export type AssignedRoleObject = RoleListResponse;

/**
 * A stored role: the API's role plus what assignment lists show about it (who made it, when).
 * Role endpoints answer only the Role fields (see presentRole).
 */
export interface RoleRecord extends Role {
  created_at: number | null;
  updated_at: number | null;
  created_by: string | null;
  created_by_user_obj: Record<string, unknown> | null;
}

export const assignmentScope = (parentId: string, principalId: string) =>
  `${parentId}/${principalId}`;
