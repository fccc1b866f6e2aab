import 'server-only';
import type { CascadeHooks } from '../cascade';
import type { HandlerTable } from '../handler';
import { accessCascadeHooks } from './access/cascade-hooks';
import { groupUserHandlers } from './access/group-users';
import { groupHandlers } from './access/groups';
import { projectGroupHandlers } from './access/project-groups';
import { roleAssignmentHandlers } from './access/role-assignments';
import { roleHandlers } from './access/roles';

export { ACCESS_KIND } from './access/kinds';
export { PERMISSION_CATALOGUE, permissionsFor, type PermissionInfo } from './access/permissions';
export { PREDEFINED_ROLES, PREDEFINED_ROLE_IDS } from './access/predefined';

/**
 * Access: organization groups and their members, organization and project roles (predefined and
 * custom), role assignments of users and groups at both levels, and groups' access to projects.
 */
export const accessHandlers: HandlerTable = {
  ...groupHandlers,
  ...groupUserHandlers,
  ...roleHandlers('organization', 'roles'),
  ...roleHandlers('project', 'projects.roles'),
  ...roleAssignmentHandlers,
  ...projectGroupHandlers,
};

export const accessCascade: CascadeHooks = accessCascadeHooks;
