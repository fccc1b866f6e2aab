import 'server-only';
import { z } from 'zod';
import { SandboxError } from '../../errors';
import type { HandlerTable, SandboxContext } from '../../handler';
import { deleteObject } from '../../store-writes';
import { parseInput } from '../../validation';
import { SETTINGS_KIND, type SpendLimitObject } from './kinds';
import { auditSettingsChange, resolveOwner, type SettingsLevel, type SettingsOwner } from './owner';
import { readStored, upsertStored } from './stored';

// The registry has validated the body already; this only gives it a type.
const limitBody = z.object({
  threshold_amount: z.number().int(),
  currency: z.literal('USD'),
  interval: z.literal('month'),
});

/** Spend limits are singletons: asking for one that is not set is a 404. */
function noLimit(owner: SettingsOwner): SandboxError {
  const whose = owner.project ? `project '${owner.id}'` : 'this organization';
  return new SandboxError(404, `No hard spend limit is set for ${whose}.`, {
    code: 'spend_limit_not_found',
  });
}

async function requireLimit(ctx: SandboxContext, owner: SettingsOwner): Promise<SpendLimitObject> {
  const limit = await readStored<SpendLimitObject>(
    ctx.db,
    SETTINGS_KIND.spendLimit,
    owner.scope,
    owner.id,
  );
  if (!limit) throw noLimit(owner);
  return limit;
}

/** Retrieve, update (create or replace) and delete the hard spend limit of one level. */
export function spendLimitHandlers(level: SettingsLevel, prefix: string): HandlerTable {
  const objectType =
    level === 'organization'
      ? ('organization.spend_limit' as const)
      : ('project.spend_limit' as const);
  return {
    [`${prefix}.retrieve`]: async (ctx) => requireLimit(ctx, await resolveOwner(ctx, level, null)),

    // Setting a limit starts it `inactive`: the sandbox does not weigh it against spend, and a
    // limit that was enforcing is lifted by replacing it (as raising it would).
    [`${prefix}.update`]: async (ctx) => {
      const owner = await resolveOwner(ctx, level, 'spend limit');
      const body = parseInput(limitBody, ctx.body);
      const limit: SpendLimitObject = {
        object: objectType,
        threshold_amount: body.threshold_amount,
        currency: body.currency,
        interval: body.interval,
        enforcement: { status: 'inactive' },
      };
      await upsertStored(ctx.db, SETTINGS_KIND.spendLimit, owner.scope, owner.id, limit);
      await auditSettingsChange(ctx, owner, 'spend_limit', body);
      return limit;
    },

    [`${prefix}.delete`]: async (ctx) => {
      const owner = await resolveOwner(ctx, level, 'spend limit');
      await requireLimit(ctx, owner);
      await deleteObject(ctx.db, SETTINGS_KIND.spendLimit, owner.scope, owner.id);
      await auditSettingsChange(ctx, owner, 'spend_limit', null);
      return { object: `${objectType}.deleted`, deleted: true };
    },
  };
}
