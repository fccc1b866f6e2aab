import 'server-only';
import { z } from 'zod';
import type { RoleDeleteResponse } from 'openai/resources/admin/organization/users/roles';
import { recordAuditEvent } from '../../audit';
import { invalidRequest, SandboxError } from '../../errors';
import { pathParam, type HandlerTable, type SandboxContext } from '../../handler';
import { getObject } from '../../store';
import { deleteObject, insertObject } from '../../store-writes';
import { parseInput } from '../../validation';
import { ACCESS_KIND, RESOURCE_TYPE, type AssignedRoleObject } from './kinds';
import { nextCursorPage } from './list-page';
import {
  organizationGroup,
  organizationUser,
  projectGroup,
  projectUser,
  type Principal,
} from './principals';
import { assignableRole, assignedRole, presentRole } from './role-lookup';

const assignBody = z.object({ role_id: z.string() });

/** Assignment lists take `limit` up to 1000; with no default documented, they answer all. */
const ASSIGNMENT_LIST = { defaultLimit: 1000, maxLimit: 1000, defaultOrder: 'asc' } as const;

interface AssignmentFamily {
  kind: string;
  /** The principal of the request; `change` says why an archived project refuses it. */
  principal(ctx: SandboxContext, change: string | null): Promise<Principal>;
}

async function requireAssignment(ctx: SandboxContext, kind: string, who: Principal) {
  const roleId = pathParam(ctx, 'role_id');
  const found = await getObject<AssignedRoleObject>(ctx.db, kind, who.scope, roleId);
  if (!found) {
    throw new SandboxError(
      404,
      `Role with id '${roleId}' is not assigned to ${who.type} '${who.id}'.`,
      {
        param: 'role_id',
      },
    );
  }
  return found.data;
}

const auditDetails = (who: Principal, roleId: string) => ({
  id: roleId,
  principal_id: who.id,
  principal_type: who.type,
  resource_id: who.resourceId,
  resource_type: RESOURCE_TYPE[who.home.level],
});

/** The list / assign / retrieve / unassign operations of one kind of role assignment. */
function assignmentHandlers(prefix: string, family: AssignmentFamily): HandlerTable {
  const { kind } = family;
  return {
    [`${prefix}.list`]: async (ctx) => {
      const who = await family.principal(ctx, null);
      return nextCursorPage(ctx.db, { kind, scope: who.scope }, ctx.query, ASSIGNMENT_LIST);
    },

    [`${prefix}.create`]: async (ctx) => {
      const { role_id } = parseInput(assignBody, ctx.body);
      const who = await family.principal(ctx, 'roles cannot be assigned.');
      const role = await assignableRole(ctx.db, who.home, role_id);
      await ctx.db.transaction(async (tx) => {
        const added = await insertObject(tx, {
          kind,
          scope: who.scope,
          id: role.id,
          data: assignedRole(role),
        });
        if (!added) {
          throw invalidRequest(
            `Role '${role.id}' is already assigned to ${who.type} '${who.id}'.`,
            'role_id',
            'role_already_assigned',
          );
        }
        await recordAuditEvent(
          { ...ctx, db: tx },
          {
            type: 'role.assignment.created',
            project: who.project,
            details: auditDetails(who, role.id),
          },
        );
      });
      return { object: `${who.type}.role`, ...who.embed, role: presentRole(role) };
    },

    [`${prefix}.retrieve`]: async (ctx) => {
      const who = await family.principal(ctx, null);
      return requireAssignment(ctx, kind, who);
    },

    [`${prefix}.delete`]: async (ctx) => {
      const who = await family.principal(ctx, 'roles cannot be unassigned.');
      const assignment = await requireAssignment(ctx, kind, who);
      await ctx.db.transaction(async (tx) => {
        await deleteObject(tx, kind, who.scope, assignment.id);
        await recordAuditEvent(
          { ...ctx, db: tx },
          {
            type: 'role.assignment.deleted',
            project: who.project,
            details: auditDetails(who, assignment.id),
          },
        );
      });
      const answer: RoleDeleteResponse = { object: `${who.type}.role.deleted`, deleted: true };
      return answer;
    },
  };
}

export const roleAssignmentHandlers: HandlerTable = {
  ...assignmentHandlers('users.roles', { kind: ACCESS_KIND.userRole, principal: organizationUser }),
  ...assignmentHandlers('groups.roles', {
    kind: ACCESS_KIND.groupRole,
    principal: organizationGroup,
  }),
  ...assignmentHandlers('projects.users.roles', {
    kind: ACCESS_KIND.projectUserRole,
    principal: projectUser,
  }),
  ...assignmentHandlers('projects.groups.roles', {
    kind: ACCESS_KIND.projectGroupRole,
    principal: projectGroup,
  }),
};
