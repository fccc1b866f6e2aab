import 'server-only';
import { z } from 'zod';
import { notFound } from '../../errors';
import { pathParam, type HandlerTable, type SandboxContext } from '../../handler';
import { paginate } from '../../pagination';
import { newObjectId } from '../../random';
import { getObject } from '../../store';
import { deleteObject, insertObject, updateObject } from '../../store-writes';
import { parseInput } from '../../validation';
import { ALERT_ID_PREFIX, SETTINGS_KIND, type SpendAlertObject } from './kinds';
import { auditSettingsChange, resolveOwner, type SettingsLevel, type SettingsOwner } from './owner';

// The registry has validated the body already; this only gives it a type.
const alertBody = z.object({
  threshold_amount: z.number().int(),
  currency: z.literal('USD'),
  interval: z.literal('month'),
  notification_channel: z.object({
    type: z.literal('email'),
    recipients: z.array(z.string()),
    subject_prefix: z.string().nullish(),
  }),
});

/** Recipients as given, without blanks or repeats (compared case-insensitively). */
function distinctRecipients(recipients: string[]): string[] {
  const seen = new Set<string>();
  return recipients
    .map((email) => email.trim())
    .filter((email) => {
      const key = email.toLowerCase();
      if (email === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function alertObject(owner: SettingsOwner, id: string, body: unknown): SpendAlertObject {
  const { threshold_amount, currency, interval, notification_channel } = parseInput(
    alertBody,
    body,
  );
  const channel = {
    type: notification_channel.type,
    recipients: distinctRecipients(notification_channel.recipients),
    subject_prefix: notification_channel.subject_prefix?.trim() || null,
  };
  const object =
    owner.level === 'organization'
      ? ('organization.spend_alert' as const)
      : ('project.spend_alert' as const);
  return { id, object, threshold_amount, currency, interval, notification_channel: channel };
}

async function requireAlert(ctx: SandboxContext, owner: SettingsOwner): Promise<SpendAlertObject> {
  const id = pathParam(ctx, 'alert_id');
  const found = await getObject<SpendAlertObject>(
    ctx.db,
    SETTINGS_KIND.spendAlert,
    owner.scope,
    id,
  );
  if (!found) throw notFound('Spend alert', id, 'alert_id');
  return found.data;
}

/** The five spend alert operations of one level, under the registry names `<prefix>.<verb>`. */
export function spendAlertHandlers(level: SettingsLevel, prefix: string): HandlerTable {
  const source = (owner: SettingsOwner) => ({ kind: SETTINGS_KIND.spendAlert, scope: owner.scope });
  return {
    // Oldest first unless `order=desc`; `limit` defaults to 20 (max 100); `after` and `before`.
    [`${prefix}.list`]: async (ctx) => {
      const owner = await resolveOwner(ctx, level, null);
      return paginate(ctx.db, source(owner), ctx.query, { before: true, order: 'asc' });
    },

    [`${prefix}.create`]: async (ctx) => {
      const owner = await resolveOwner(ctx, level, 'spend alerts');
      const alert = alertObject(owner, newObjectId(ALERT_ID_PREFIX), ctx.body);
      await insertObject(ctx.db, { ...source(owner), id: alert.id, data: alert });
      await auditSettingsChange(ctx, owner, 'spend_alert', { action: 'created', ...alert });
      return alert;
    },

    [`${prefix}.retrieve`]: async (ctx) => {
      const owner = await resolveOwner(ctx, level, null);
      return requireAlert(ctx, owner);
    },

    // The update body is the whole alert again: it replaces the alert, keeping its id.
    [`${prefix}.update`]: async (ctx) => {
      const owner = await resolveOwner(ctx, level, 'spend alerts');
      const current = await requireAlert(ctx, owner);
      const alert = alertObject(owner, current.id, ctx.body);
      await updateObject(ctx.db, SETTINGS_KIND.spendAlert, owner.scope, alert.id, alert);
      await auditSettingsChange(ctx, owner, 'spend_alert', { action: 'updated', ...alert });
      return alert;
    },

    [`${prefix}.delete`]: async (ctx) => {
      const owner = await resolveOwner(ctx, level, 'spend alerts');
      const alert = await requireAlert(ctx, owner);
      await deleteObject(ctx.db, SETTINGS_KIND.spendAlert, owner.scope, alert.id);
      await auditSettingsChange(ctx, owner, 'spend_alert', { action: 'deleted', id: alert.id });
      return {
        id: alert.id,
        object: `${alert.object}.deleted`,
        deleted: true,
      };
    },
  };
}
