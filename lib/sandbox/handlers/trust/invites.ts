import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAuditEvent } from '../../audit';
import { invalidRequest, notFound } from '../../errors';
import { pathParam, type HandlerTable, type SandboxContext } from '../../handler';
import { KIND } from '../../model';
import { paginate } from '../../pagination';
import { newObjectId } from '../../random';
import { field, findFirst, getObject } from '../../store';
import { deleteObject, insertObject } from '../../store-writes';
import { parseInput } from '../../validation';
import { refuseIfArchived, requireProject } from '../lookup';
import { INVITE_LIFETIME_SECONDS, TRUST_ID_PREFIX, TRUST_KIND, type InviteObject } from './kinds';

const projectRole = z.enum(['member', 'owner']);
const createBody = z.object({
  email: z.string(),
  role: z.enum(['reader', 'owner']),
  projects: z.array(z.object({ id: z.string(), role: projectRole })).optional(),
});

/** A pending invite past its expiry reads as expired; nothing needs to rewrite it. */
export function presentInvite(invite: InviteObject, now: number): InviteObject {
  return invite.status === 'pending' && invite.expires_at <= now
    ? { ...invite, status: 'expired' }
    : invite;
}

const lowerEmail = sql<string>`lower(${field('email')})`;

async function refuseIfAlreadyThere(ctx: SandboxContext, email: string): Promise<void> {
  const member = await findFirst(ctx.db, { kind: KIND.user, where: eq(lowerEmail, email) });
  if (member) {
    throw invalidRequest(
      `'${email}' is already a member of the organization.`,
      'email',
      'user_already_in_organization',
    );
  }
  const open = and(
    eq(lowerEmail, email),
    eq(field('status'), 'pending'),
    gt(sql`(${field('expires_at')})::bigint`, ctx.now),
  );
  const pending = await findFirst<InviteObject>(ctx.db, { kind: TRUST_KIND.invite, where: open });
  if (pending) {
    throw invalidRequest(
      `'${email}' already has a pending invite ('${pending.id}'). Delete it before inviting again.`,
      'email',
      'invite_already_pending',
    );
  }
}

/** The projects the invitee joins on acceptance; none given means the default project. */
async function inviteProjects(
  ctx: SandboxContext,
  requested: z.output<typeof createBody>['projects'],
): Promise<InviteObject['projects']> {
  if (requested === undefined) return [{ id: ctx.organization.defaultProjectId, role: 'member' }];
  const seen = new Set<string>();
  for (const [i, entry] of requested.entries()) {
    if (seen.has(entry.id)) {
      throw invalidRequest(
        `Project '${entry.id}' is listed more than once.`,
        `projects[${i}].id`,
        'duplicate_project',
      );
    }
    seen.add(entry.id);
    const project = await requireProject(ctx.db, entry.id).catch(() => {
      throw notFound('Project', entry.id, `projects[${i}].id`);
    });
    refuseIfArchived(project, 'nobody can be invited to an archived project.');
  }
  return requested.map(({ id, role }) => ({ id, role }));
}

async function requireInvite(ctx: SandboxContext): Promise<InviteObject> {
  const id = pathParam(ctx, 'invite_id');
  const found = await getObject<InviteObject>(ctx.db, TRUST_KIND.invite, '', id);
  if (!found) throw notFound('Invite', id, 'invite_id');
  return presentInvite(found.data, ctx.now);
}

export const inviteHandlers: HandlerTable = {
  'invites.list': (ctx) =>
    paginate<InviteObject>(ctx.db, { kind: TRUST_KIND.invite }, ctx.query, {}, (invite) =>
      presentInvite(invite, ctx.now),
    ),

  'invites.create': async (ctx) => {
    const body = parseInput(createBody, ctx.body);
    const email = body.email.trim().toLowerCase();
    await refuseIfAlreadyThere(ctx, email);
    const invite: InviteObject = {
      object: 'organization.invite',
      id: newObjectId(TRUST_ID_PREFIX.invite),
      email,
      role: body.role,
      status: 'pending',
      created_at: ctx.now,
      expires_at: ctx.now + INVITE_LIFETIME_SECONDS,
      accepted_at: null,
      projects: await inviteProjects(ctx, body.projects),
    };
    await insertObject(ctx.db, { kind: TRUST_KIND.invite, id: invite.id, data: invite });
    await recordAuditEvent(ctx, {
      type: 'invite.sent',
      details: { id: invite.id, data: { email: invite.email, role: invite.role } },
    });
    return invite;
  },

  'invites.retrieve': (ctx) => requireInvite(ctx),

  // The API refuses to delete an accepted invite; pending and expired ones can go.
  'invites.delete': async (ctx) => {
    const invite = await requireInvite(ctx);
    if (invite.status === 'accepted') {
      throw invalidRequest(
        `Invite '${invite.id}' has already been accepted and cannot be deleted.`,
        'invite_id',
        'invite_already_accepted',
      );
    }
    await deleteObject(ctx.db, TRUST_KIND.invite, '', invite.id);
    await recordAuditEvent(ctx, { type: 'invite.deleted', details: { id: invite.id } });
    return { object: 'organization.invite.deleted', id: invite.id, deleted: true };
  },
};
