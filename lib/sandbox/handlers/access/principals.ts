import 'server-only';
import { SandboxError } from '../../errors';
import { pathParam, type SandboxContext } from '../../handler';
import { KIND, type UserObject } from '../../model';
import { getObject } from '../../store';
import { refuseIfArchived, requireProject, requireUser } from '../lookup';
import { groupSummary, requireGroup, requireProjectGroup } from './group-lookup';
import { assignmentScope, type GroupObject } from './kinds';
import type { RoleHome } from './role-lookup';

/** Who a role assignment request is about, where its roles come from, and how to name it. */
export interface Principal {
  type: 'user' | 'group';
  id: string;
  /** The scope its assignments are stored under. */
  scope: string;
  home: RoleHome;
  /** The project, for project-level assignments (the audit event's `project`). */
  project: { id: string; name: string } | null;
  /** The organization or project id: the resource the assignment is scoped to. */
  resourceId: string;
  /** `user` or `group`, as the assignment answer embeds it. */
  embed: Record<string, unknown>;
}

const userEmbed = (user: UserObject) => ({ user });
const groupEmbed = (group: GroupObject) => ({ group: groupSummary(group) });

/** The path's user, as an organization member. */
export async function organizationUser(ctx: SandboxContext): Promise<Principal> {
  const user = await requireUser(ctx.db, pathParam(ctx, 'user_id'));
  const home: RoleHome = { level: 'organization' };
  return {
    type: 'user',
    id: user.id,
    scope: user.id,
    home,
    project: null,
    resourceId: ctx.organization.id,
    embed: userEmbed(user),
  };
}

/** The path's group, at the organization level. */
export async function organizationGroup(ctx: SandboxContext): Promise<Principal> {
  const group = await requireGroup(ctx.db, pathParam(ctx, 'group_id'));
  const home: RoleHome = { level: 'organization' };
  return {
    type: 'group',
    id: group.id,
    scope: group.id,
    home,
    project: null,
    resourceId: ctx.organization.id,
    embed: groupEmbed(group),
  };
}

/** The path's project; changes need it active. */
async function projectOf(ctx: SandboxContext, change: string | null) {
  const project = await requireProject(ctx.db, pathParam(ctx, 'project_id'));
  if (change) refuseIfArchived(project, change);
  const home: RoleHome = { level: 'project', projectId: project.id };
  return { home, project: { id: project.id, name: project.name }, resourceId: project.id };
}

/** The path's user as a member of the path's project (404 when not one). */
export async function projectUser(ctx: SandboxContext, change: string | null): Promise<Principal> {
  const where = await projectOf(ctx, change);
  const userId = pathParam(ctx, 'user_id');
  const member = await getObject(ctx.db, KIND.projectUser, where.resourceId, userId);
  if (!member) {
    throw new SandboxError(
      404,
      `User with id '${userId}' not found in project '${where.resourceId}'.`,
      {
        param: 'user_id',
      },
    );
  }
  const user = await requireUser(ctx.db, userId);
  return {
    type: 'user',
    id: userId,
    scope: assignmentScope(where.resourceId, userId),
    ...where,
    embed: userEmbed(user),
  };
}

/** The path's group with access to the path's project (404 when it has none). */
export async function projectGroup(ctx: SandboxContext, change: string | null): Promise<Principal> {
  const where = await projectOf(ctx, change);
  const groupId = pathParam(ctx, 'group_id');
  const group = await requireGroup(ctx.db, groupId);
  await requireProjectGroup(ctx.db, where.resourceId, groupId);
  return {
    type: 'group',
    id: groupId,
    scope: assignmentScope(where.resourceId, groupId),
    ...where,
    embed: groupEmbed(group),
  };
}
