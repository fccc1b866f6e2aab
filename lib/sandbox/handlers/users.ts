import 'server-only';
import { recordAuditEvent } from '../audit';
import { cascade } from '../cascade';
import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/server/db';
import { invalidRequest } from '../errors';
import { pathParam, type HandlerTable } from '../handler';
import { KIND, type UserObject } from '../model';
import { paginate } from '../pagination';
import { parseInput } from '../validation';
import { countObjects, field } from '../store';
import { deleteObject, deleteWhere, updateObject } from '../store-writes';
import { requireUser, stringList } from './lookup';

const updateBody = z.object({
  role: z.enum(['owner', 'reader']).nullish(),
  role_id: z.string().nullish(),
  technical_level: z.string().nullish(),
  developer_persona: z.string().nullish(),
});

const lowerEmail = sql<string>`lower(${field('email')})`;

/** The organization must always keep an owner: refuse to demote or remove the last one. */
async function refuseIfLastOwner(db: Db, user: UserObject, what: string): Promise<void> {
  if (user.role !== 'owner') return;
  const owners = await countObjects(db, { kind: KIND.user, where: eq(field('role'), 'owner') });
  if (owners <= 1) {
    throw invalidRequest(
      `Cannot ${what} '${user.id}': they are the organization's only owner. Make someone else an owner first.`,
      'user_id',
      'last_owner',
    );
  }
}

export const userHandlers: HandlerTable = {
  'users.list': async (ctx) => {
    const emails = stringList(ctx.query.emails);
    const where = emails?.length
      ? inArray(
          lowerEmail,
          emails.map((e) => e.toLowerCase()),
        )
      : undefined;
    return paginate(ctx.db, { kind: KIND.user, where }, ctx.query);
  },

  'users.retrieve': (ctx) => requireUser(ctx.db, pathParam(ctx, 'user_id')),

  'users.update': async (ctx) => {
    const user = await requireUser(ctx.db, pathParam(ctx, 'user_id'));
    const body = parseInput(updateBody, ctx.body);
    if (body.role && body.role !== user.role)
      await refuseIfLastOwner(ctx.db, user, 'change the role of');
    const updated: UserObject = { ...user, role: body.role ?? user.role };
    if (body.technical_level != null) updated.technical_level = body.technical_level;
    if (body.developer_persona != null) updated.developer_persona = body.developer_persona;
    await ctx.db.transaction(async (tx) => {
      await updateObject(tx, KIND.user, '', user.id, updated);
      await recordAuditEvent(
        { ...ctx, db: tx },
        {
          type: 'user.updated',
          details: { id: user.id, changes_requested: body.role ? { role: body.role } : {} },
        },
      );
    });
    return updated;
  },

  'users.delete': async (ctx) => {
    const id = pathParam(ctx, 'user_id');
    await ctx.db.transaction(async (tx) => {
      const user = await requireUser(tx, id);
      await refuseIfLastOwner(tx, user, 'remove');
      await deleteObject(tx, KIND.user, '', id);
      // Leaving the organization means leaving every project in it too, and losing what hangs
      // off the person in every family (role assignments, group memberships, keys).
      await deleteWhere(tx, KIND.projectUser, { id });
      await cascade('userRemoved', tx, id);
      await recordAuditEvent({ ...ctx, db: tx }, { type: 'user.deleted', details: { id } });
    });
    return { object: 'organization.user.deleted', id, deleted: true };
  },
};
