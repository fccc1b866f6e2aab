import 'server-only';
import { z } from 'zod';
import type {
  UserCreateResponse,
  UserDeleteResponse,
  UserRetrieveResponse,
} from 'openai/resources/admin/organization/groups/users';
import { recordAuditEvent } from '../../audit';
import { invalidRequest, SandboxError } from '../../errors';
import { pathParam, type HandlerTable, type SandboxContext } from '../../handler';
import { KIND, type UserObject } from '../../model';
import { getObject } from '../../store';
import { deleteObject, insertObject } from '../../store-writes';
import { parseInput } from '../../validation';
import { refuseIfScimManaged, requireGroup } from './group-lookup';
import { ACCESS_KIND, type GroupMemberObject } from './kinds';
import { nextCursorPage } from './list-page';

const addBody = z.object({ user_id: z.string() });

/** Members list 100 at a time by default (up to 1000), the most recently added first. */
const MEMBER_LIST = { defaultLimit: 100, maxLimit: 1000, defaultOrder: 'desc' } as const;

async function requireMember(ctx: SandboxContext, groupId: string): Promise<GroupMemberObject> {
  const userId = pathParam(ctx, 'user_id');
  const found = await getObject<GroupMemberObject>(ctx.db, ACCESS_KIND.groupUser, groupId, userId);
  if (!found) {
    throw new SandboxError(404, `User with id '${userId}' not found in group '${groupId}'.`, {
      param: 'user_id',
    });
  }
  return found.data;
}

export const groupUserHandlers: HandlerTable = {
  'groups.users.list': async (ctx) => {
    const group = await requireGroup(ctx.db, pathParam(ctx, 'group_id'));
    return nextCursorPage(
      ctx.db,
      { kind: ACCESS_KIND.groupUser, scope: group.id },
      ctx.query,
      MEMBER_LIST,
    );
  },

  'groups.users.create': async (ctx) => {
    const { user_id } = parseInput(addBody, ctx.body);
    return ctx.db.transaction(async (tx) => {
      const group = await requireGroup(tx, pathParam(ctx, 'group_id'));
      refuseIfScimManaged(group, 'its members change only in your identity provider.');
      const user = (await getObject<UserObject>(tx, KIND.user, '', user_id))?.data;
      if (!user) {
        throw invalidRequest(
          `User '${user_id}' is not a member of the organization. Only organization members can be added to a group.`,
          'user_id',
          'user_not_in_organization',
        );
      }
      const member: GroupMemberObject = { id: user.id, name: user.name, email: user.email };
      const added = await insertObject(tx, {
        kind: ACCESS_KIND.groupUser,
        scope: group.id,
        id: user.id,
        data: member,
      });
      if (!added) {
        throw invalidRequest(
          `User '${user.id}' is already a member of group '${group.id}'.`,
          'user_id',
          'user_already_in_group',
        );
      }
      await recordAuditEvent(
        { ...ctx, db: tx },
        { type: 'tenant.group.member.added', details: { id: group.id, user_id: user.id } },
      );
      const answer: UserCreateResponse = {
        object: 'group.user',
        user_id: user.id,
        group_id: group.id,
      };
      return answer;
    });
  },

  'groups.users.retrieve': async (ctx) => {
    const group = await requireGroup(ctx.db, pathParam(ctx, 'group_id'));
    const member = await requireMember(ctx, group.id);
    const answer: UserRetrieveResponse = {
      id: member.id,
      name: member.name,
      email: member.email,
      picture: null,
      is_service_account: false,
      user_type: 'user',
    };
    return answer;
  },

  'groups.users.delete': async (ctx) => {
    await ctx.db.transaction(async (tx) => {
      const group = await requireGroup(tx, pathParam(ctx, 'group_id'));
      refuseIfScimManaged(group, 'its members change only in your identity provider.');
      const member = await requireMember({ ...ctx, db: tx }, group.id);
      await deleteObject(tx, ACCESS_KIND.groupUser, group.id, member.id);
      await recordAuditEvent(
        { ...ctx, db: tx },
        { type: 'tenant.group.member.removed', details: { id: group.id, user_id: member.id } },
      );
    });
    const answer: UserDeleteResponse = { object: 'group.user.deleted', deleted: true };
    return answer;
  },
};
