import 'server-only';
import { z } from 'zod';
import type { RoleDeleteResponse } from 'openai/resources/admin/organization/roles';
import { recordAuditEvent } from '../../audit';
import { pathParam, type HandlerTable, type SandboxContext } from '../../handler';
import { newObjectId } from '../../random';
import { deleteObject, insertObject, updateObject } from '../../store-writes';
import { parseInput } from '../../validation';
import { refuseIfArchived, requireProject } from '../lookup';
import { deleteAssignmentsOf, refreshAssignmentsOf } from './access-writes';
import { RESOURCE_TYPE, ROLE_ID_PREFIX, type RoleLevel, type RoleRecord } from './kinds';
import { nextCursorPage } from './list-page';
import { PREDEFINED_ROLES } from './predefined';
import { homeScope, presentRole, requireRole, roleKind, type RoleHome } from './role-lookup';
import {
  checkedPermissions,
  creatorOf,
  permissionChanges,
  refuseIfPredefined,
  refuseTakenName,
} from './role-rules';

const createBody = z.object({
  role_name: z.string(),
  permissions: z.array(z.string()),
  description: z.string().nullish(),
});
const updateBody = z.object({
  role_name: z.string().nullish(),
  permissions: z.array(z.string()).nullish(),
  description: z.string().nullish(),
});

/** Role lists answer up to 1000 roles at once, and that is also their default. */
const ROLE_LIST = { defaultLimit: 1000, maxLimit: 1000, defaultOrder: 'asc' } as const;

/**
 * Where the request's roles live, and for changes, the audit context. Project roles need an
 * existing project; changing them needs an active one.
 */
async function homeOf(ctx: SandboxContext, level: RoleLevel, change: string | null) {
  if (level === 'organization') {
    return { home: { level } as RoleHome, resourceId: ctx.organization.id, project: null };
  }
  const project = await requireProject(ctx.db, pathParam(ctx, 'project_id'));
  if (change) refuseIfArchived(project, change);
  const home: RoleHome = { level, projectId: project.id };
  return { home, resourceId: project.id, project: { id: project.id, name: project.name } };
}

/** roles.* (organization) or projects.roles.* (one project), by level. */
export function roleHandlers(level: RoleLevel, prefix: 'roles' | 'projects.roles'): HandlerTable {
  const kind = roleKind(level);
  const resource_type = RESOURCE_TYPE[level];
  return {
    [`${prefix}.list`]: async (ctx) => {
      const { home } = await homeOf(ctx, level, null);
      return nextCursorPage(ctx.db, { kind, scope: homeScope(home) }, ctx.query, ROLE_LIST, {
        leading: PREDEFINED_ROLES[level].map(presentRole),
        present: presentRole,
      });
    },

    [`${prefix}.create`]: async (ctx) => {
      const body = parseInput(createBody, ctx.body);
      const { home, resourceId, project } = await homeOf(ctx, level, 'roles cannot be created.');
      await refuseTakenName(ctx.db, home, body.role_name);
      const role: RoleRecord = {
        object: 'role',
        id: newObjectId(ROLE_ID_PREFIX),
        name: body.role_name,
        description: body.description || null,
        permissions: checkedPermissions(level, body.permissions),
        resource_type,
        predefined_role: false,
        created_at: ctx.now,
        updated_at: ctx.now,
        ...(await creatorOf(ctx)),
      };
      await ctx.db.transaction(async (tx) => {
        await insertObject(tx, { kind, scope: homeScope(home), id: role.id, data: role });
        await recordAuditEvent(
          { ...ctx, db: tx },
          {
            type: 'role.created',
            project,
            details: {
              id: role.id,
              role_name: role.name,
              permissions: role.permissions,
              resource_id: resourceId,
              resource_type,
            },
          },
        );
      });
      return presentRole(role);
    },

    [`${prefix}.retrieve`]: async (ctx) => {
      const { home } = await homeOf(ctx, level, null);
      return presentRole(await requireRole(ctx.db, home, pathParam(ctx, 'role_id')));
    },

    [`${prefix}.update`]: async (ctx) => {
      const body = parseInput(updateBody, ctx.body);
      const { home, resourceId, project } = await homeOf(ctx, level, 'roles cannot be changed.');
      const role = await requireRole(ctx.db, home, pathParam(ctx, 'role_id'));
      refuseIfPredefined(role, 'changed');
      if (body.role_name != null) await refuseTakenName(ctx.db, home, body.role_name, role.id);
      const permissions =
        body.permissions == null ? role.permissions : checkedPermissions(level, body.permissions);
      const updated: RoleRecord = {
        ...role,
        name: body.role_name ?? role.name,
        description: body.description == null ? role.description : body.description || null,
        permissions,
        updated_at: ctx.now,
      };
      await ctx.db.transaction(async (tx) => {
        await updateObject(tx, kind, homeScope(home), role.id, updated);
        await refreshAssignmentsOf(tx, updated);
        const changes_requested = {
          ...(body.role_name != null ? { role_name: updated.name } : {}),
          ...(body.description != null ? { description: body.description } : {}),
          ...(body.permissions != null ? permissionChanges(role.permissions, permissions) : {}),
          resource_id: resourceId,
          resource_type,
        };
        await recordAuditEvent(
          { ...ctx, db: tx },
          { type: 'role.updated', project, details: { id: role.id, changes_requested } },
        );
      });
      return presentRole(updated);
    },

    [`${prefix}.delete`]: async (ctx) => {
      const { home, project } = await homeOf(ctx, level, 'roles cannot be deleted.');
      const role = await requireRole(ctx.db, home, pathParam(ctx, 'role_id'));
      refuseIfPredefined(role, 'deleted');
      await ctx.db.transaction(async (tx) => {
        await deleteObject(tx, kind, homeScope(home), role.id);
        // Whoever held the role loses it.
        await deleteAssignmentsOf(tx, role.id);
        await recordAuditEvent(
          { ...ctx, db: tx },
          { type: 'role.deleted', project, details: { id: role.id } },
        );
      });
      const answer: RoleDeleteResponse = { object: 'role.deleted', id: role.id, deleted: true };
      return answer;
    },
  };
}
