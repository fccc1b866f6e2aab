import 'server-only';
import { z } from 'zod';
import type { GroupDeleteResponse } from 'openai/resources/admin/organization/projects/groups';
import { recordAuditEvent } from '../../audit';
import { invalidRequest, SandboxError } from '../../errors';
import { pathParam, type HandlerTable, type SandboxContext } from '../../handler';
import { listObjects } from '../../store';
import { deleteObject, deleteWhere, insertObject } from '../../store-writes';
import { parseInput } from '../../validation';
import { refuseIfArchived, requireProject } from '../lookup';
import { requireGroup, requireProjectGroup } from './group-lookup';
import { ACCESS_KIND, assignmentScope, RESOURCE_TYPE, type ProjectGroupObject } from './kinds';
import { nextCursorPage } from './list-page';
import { assignableRole, assignedRole } from './role-lookup';

const addBody = z.object({ group_id: z.string(), role: z.string() });

/** Project groups list 20 at a time by default (up to 100), oldest first. */
const PROJECT_GROUP_LIST = { defaultLimit: 20, maxLimit: 100, defaultOrder: 'asc' } as const;

async function projectFor(ctx: SandboxContext, change: string | null) {
  const project = await requireProject(ctx.db, pathParam(ctx, 'project_id'));
  if (change) refuseIfArchived(project, change);
  return project;
}

const accessEvent = (projectId: string, groupId: string, roleId: string) => ({
  id: roleId,
  principal_id: groupId,
  principal_type: 'group',
  resource_id: projectId,
  resource_type: RESOURCE_TYPE.project,
});

export const projectGroupHandlers: HandlerTable = {
  'projects.groups.list': async (ctx) => {
    const project = await projectFor(ctx, null);
    return nextCursorPage<ProjectGroupObject>(
      ctx.db,
      { kind: ACCESS_KIND.projectGroup, scope: project.id },
      ctx.query,
      PROJECT_GROUP_LIST,
      { idOf: (link) => link.group_id },
    );
  },

  // Giving a group access grants it the project role named by `role`.
  'projects.groups.create': async (ctx) => {
    const body = parseInput(addBody, ctx.body);
    const project = await projectFor(ctx, 'groups cannot be added to an archived project.');
    const group = await requireGroup(ctx.db, body.group_id, 'group_id');
    const home = { level: 'project', projectId: project.id } as const;
    const role = await assignableRole(ctx.db, home, body.role, 'role');
    const link: ProjectGroupObject = {
      object: 'project.group',
      project_id: project.id,
      group_id: group.id,
      group_name: group.name,
      group_type: group.group_type,
      created_at: ctx.now,
    };
    await ctx.db.transaction(async (tx) => {
      const added = await insertObject(tx, {
        kind: ACCESS_KIND.projectGroup,
        scope: project.id,
        id: group.id,
        data: link,
      });
      if (!added) {
        throw invalidRequest(
          `Group '${group.id}' already has access to project '${project.id}'.`,
          'group_id',
          'group_already_in_project',
        );
      }
      const scope = assignmentScope(project.id, group.id);
      await insertObject(tx, {
        kind: ACCESS_KIND.projectGroupRole,
        scope,
        id: role.id,
        data: assignedRole(role),
      });
      await recordAuditEvent(
        { ...ctx, db: tx },
        {
          type: 'role.assignment.created',
          project: { id: project.id, name: project.name },
          details: accessEvent(project.id, group.id, role.id),
        },
      );
    });
    return link;
  },

  'projects.groups.retrieve': async (ctx) => {
    const project = await projectFor(ctx, null);
    const groupId = pathParam(ctx, 'group_id');
    // The sandbox has no tenant-level groups: asking for one finds nothing.
    if (ctx.query.group_type === 'tenant_group') {
      throw new SandboxError(
        404,
        `Group with id '${groupId}' not found in project '${project.id}'.`,
        {
          param: 'group_id',
        },
      );
    }
    return requireProjectGroup(ctx.db, project.id, groupId);
  },

  'projects.groups.delete': async (ctx) => {
    const project = await projectFor(ctx, 'groups cannot be removed from an archived project.');
    const groupId = pathParam(ctx, 'group_id');
    await ctx.db.transaction(async (tx) => {
      await requireProjectGroup(tx, project.id, groupId);
      const scope = assignmentScope(project.id, groupId);
      const roles = await listObjects(tx, {
        kind: ACCESS_KIND.projectGroupRole,
        scope,
        direction: 'asc',
        limit: 1000,
      });
      await deleteObject(tx, ACCESS_KIND.projectGroup, project.id, groupId);
      await deleteWhere(tx, ACCESS_KIND.projectGroupRole, { scope });
      // The group loses every project role it held there: one event per role (at least one).
      const removed = roles.length > 0 ? roles.map((role) => role.id) : [groupId];
      for (const assignmentId of removed) {
        await recordAuditEvent(
          { ...ctx, db: tx },
          {
            type: 'role.assignment.deleted',
            project: { id: project.id, name: project.name },
            details: accessEvent(project.id, groupId, assignmentId),
          },
        );
      }
    });
    const answer: GroupDeleteResponse = { object: 'project.group.deleted', deleted: true };
    return answer;
  },
};
