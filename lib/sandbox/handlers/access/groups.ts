import 'server-only';
import { z } from 'zod';
import type {
  GroupDeleteResponse,
  GroupUpdateResponse,
} from 'openai/resources/admin/organization/groups';
import { recordAuditEvent } from '../../audit';
import { cascade } from '../../cascade';
import { pathParam, type HandlerTable } from '../../handler';
import { newObjectId } from '../../random';
import { deleteObject, insertObject, updateObject } from '../../store-writes';
import { parseInput } from '../../validation';
import { renameProjectGroupLinks } from './access-writes';
import { refuseIfScimManaged, requireGroup } from './group-lookup';
import { ACCESS_KIND, GROUP_ID_PREFIX, type GroupObject } from './kinds';
import { nextCursorPage } from './list-page';

// The registry has already trimmed and bounded the name (1..255).
const nameBody = z.object({ name: z.string() });

/** Groups list 100 at a time by default (up to 1000), oldest first. */
const GROUP_LIST = { defaultLimit: 100, maxLimit: 1000, defaultOrder: 'asc' } as const;

export const groupHandlers: HandlerTable = {
  'groups.list': (ctx) =>
    nextCursorPage(ctx.db, { kind: ACCESS_KIND.group }, ctx.query, GROUP_LIST),

  'groups.create': async (ctx) => {
    const { name } = parseInput(nameBody, ctx.body);
    const group: GroupObject = {
      id: newObjectId(GROUP_ID_PREFIX),
      name,
      created_at: ctx.now,
      is_scim_managed: false,
      group_type: 'group',
    };
    await ctx.db.transaction(async (tx) => {
      await insertObject(tx, { kind: ACCESS_KIND.group, id: group.id, data: group });
      await recordAuditEvent(
        { ...ctx, db: tx },
        { type: 'group.created', details: { id: group.id, data: { group_name: name } } },
      );
    });
    return group;
  },

  'groups.retrieve': (ctx) => requireGroup(ctx.db, pathParam(ctx, 'group_id')),

  'groups.update': async (ctx) => {
    const { name } = parseInput(nameBody, ctx.body);
    return ctx.db.transaction(async (tx) => {
      const group = await requireGroup(tx, pathParam(ctx, 'group_id'));
      refuseIfScimManaged(group, 'rename it in your identity provider.');
      await updateObject(tx, ACCESS_KIND.group, '', group.id, { ...group, name });
      await renameProjectGroupLinks(tx, group.id, name);
      await recordAuditEvent(
        { ...ctx, db: tx },
        {
          type: 'group.updated',
          details: { id: group.id, changes_requested: { group_name: name } },
        },
      );
      const answer: GroupUpdateResponse = {
        id: group.id,
        name,
        created_at: group.created_at,
        is_scim_managed: group.is_scim_managed,
      };
      return answer;
    });
  },

  'groups.delete': async (ctx) => {
    const id = pathParam(ctx, 'group_id');
    await ctx.db.transaction(async (tx) => {
      const group = await requireGroup(tx, id);
      refuseIfScimManaged(group, 'delete it in your identity provider.');
      await deleteObject(tx, ACCESS_KIND.group, '', id);
      await cascade('groupDeleted', tx, id);
      await recordAuditEvent({ ...ctx, db: tx }, { type: 'group.deleted', details: { id } });
    });
    const answer: GroupDeleteResponse = { object: 'group.deleted', id, deleted: true };
    return answer;
  },
};
