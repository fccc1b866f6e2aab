import 'server-only';
import { recordAuditEvent } from '../audit';
import { cascade } from '../cascade';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { invalidRequest, SandboxError } from '../errors';
import { pathParam, type HandlerTable, type SandboxContext } from '../handler';
import type { Db } from '@/lib/server/db';
import { KIND, type ProjectObject, type ProjectUserObject, type UserObject } from '../model';
import { paginate } from '../pagination';
import { parseInput } from '../validation';
import { field, findFirst, getObject } from '../store';
import { deleteObject, insertObject, updateObject } from '../store-writes';
import { refuseIfArchived, requireProject } from './lookup';

const createBody = z.object({
  role: z.enum(['owner', 'member']),
  user_id: z.string().nullish(),
  email: z.string().nullish(),
});

const updateBody = z.object({ role: z.enum(['owner', 'member']).nullish() });

/** The project (404 when unknown) and, unless only reading, refused when archived. */
async function projectFor(ctx: SandboxContext, action: string | null) {
  const project = await requireProject(ctx.db, pathParam(ctx, 'project_id'));
  if (action) refuseIfArchived(project, action);
  return project;
}

async function requireMember(ctx: SandboxContext, projectId: string): Promise<ProjectUserObject> {
  const userId = pathParam(ctx, 'user_id');
  const found = await getObject<ProjectUserObject>(ctx.db, KIND.projectUser, projectId, userId);
  if (!found)
    throw new SandboxError(404, `User with id '${userId}' not found in project '${projectId}'.`, {
      param: 'user_id',
    });
  return found.data;
}

/** The organization member named by user_id or email; adding someone outside it is refused. */
async function organizationMember(
  ctx: SandboxContext,
  body: z.output<typeof createBody>,
): Promise<UserObject> {
  let user: UserObject | undefined;
  let named: { param: string; value: string };
  if (body.user_id) {
    named = { param: 'user_id', value: body.user_id };
    user = (await getObject<UserObject>(ctx.db, KIND.user, '', body.user_id))?.data;
  } else if (body.email) {
    named = { param: 'email', value: body.email };
    const where = eq(sql`lower(${field('email')})`, body.email.trim().toLowerCase());
    user = (await findFirst<UserObject>(ctx.db, { kind: KIND.user, where }))?.data;
  } else {
    throw invalidRequest(
      "Missing required parameter: 'user_id' (or 'email').",
      'user_id',
      'missing_required_parameter',
    );
  }
  if (!user) {
    throw invalidRequest(
      `User '${named.value}' is not a member of the organization. Users must be members of the organization before they can be added to a project.`,
      named.param,
      'user_not_in_organization',
    );
  }
  return user;
}

/** The API logs membership changes as user.* events scoped to the project. */
function recordMembershipEvent(
  ctx: SandboxContext,
  db: Db,
  project: ProjectObject,
  type: 'user.added' | 'user.updated' | 'user.deleted',
  details: Record<string, unknown>,
) {
  const scope = { id: project.id, name: project.name };
  return recordAuditEvent({ ...ctx, db }, { type, project: scope, details });
}

export const projectUserHandlers: HandlerTable = {
  // As the API documents it: listing the users of an archived project is a 400 (they have none).
  'projects.users.list': async (ctx) => {
    const project = await projectFor(ctx, 'archived projects have no users.');
    return paginate(ctx.db, { kind: KIND.projectUser, scope: project.id }, ctx.query);
  },

  'projects.users.create': async (ctx) => {
    const project = await projectFor(ctx, 'users cannot be added to an archived project.');
    const body = parseInput(createBody, ctx.body);
    const user = await organizationMember(ctx, body);
    const member: ProjectUserObject = {
      object: 'organization.project.user',
      id: user.id,
      name: user.name,
      email: user.email,
      role: body.role,
      added_at: ctx.now,
    };
    const row = { kind: KIND.projectUser, scope: project.id, id: user.id, data: member };
    await ctx.db.transaction(async (tx) => {
      if (!(await insertObject(tx, row))) {
        throw invalidRequest(
          `User '${user.id}' is already a member of project '${project.id}'.`,
          'user_id',
          'user_already_in_project',
        );
      }
      await recordMembershipEvent(ctx, tx, project, 'user.added', {
        id: user.id,
        data: { role: member.role },
      });
    });
    return member;
  },

  'projects.users.retrieve': async (ctx) => {
    const project = await projectFor(ctx, null);
    return requireMember(ctx, project.id);
  },

  'projects.users.update': async (ctx) => {
    const project = await projectFor(ctx, 'the roles of its users cannot be changed.');
    const member = await requireMember(ctx, project.id);
    const body = parseInput(updateBody, ctx.body);
    const updated: ProjectUserObject = { ...member, role: body.role ?? member.role };
    await ctx.db.transaction(async (tx) => {
      await updateObject(tx, KIND.projectUser, project.id, member.id, updated);
      await recordMembershipEvent(ctx, tx, project, 'user.updated', {
        id: member.id,
        changes_requested: body.role ? { role: body.role } : {},
      });
    });
    return updated;
  },

  'projects.users.delete': async (ctx) => {
    const project = await projectFor(ctx, 'users cannot be removed from an archived project.');
    const member = await requireMember(ctx, project.id);
    await ctx.db.transaction(async (tx) => {
      await deleteObject(tx, KIND.projectUser, project.id, member.id);
      await cascade('projectUserRemoved', tx, project.id, member.id);
      await recordMembershipEvent(ctx, tx, project, 'user.deleted', { id: member.id });
    });
    return { object: 'organization.project.user.deleted', id: member.id, deleted: true };
  },
};
