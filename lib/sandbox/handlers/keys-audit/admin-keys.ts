import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '../../audit';
import { getSandboxAdminKey, SANDBOX_KEY_ID } from '../../auth';
import { invalidRequest, notFound } from '../../errors';
import { pathParam, type HandlerTable, type SandboxContext } from '../../handler';
import { paginate } from '../../pagination';
import { newObjectId } from '../../random';
import { getObject } from '../../store';
import { deleteObject, insertObject } from '../../store-writes';
import { parseInput } from '../../validation';
import { deleteKeySecrets, hashKeyValue, newAdminKeyValue, redactKeyValue } from './key-secrets';
import {
  ADMIN_KEY_ID_PREFIX,
  ADMIN_KEY_SCOPES,
  KEYS_AUDIT_KIND,
  type AdminAPIKeyObject,
  type AdminKeySecretRecord,
} from './kinds';
import { adminKeyOwner, owningUser } from './owners';

const createBody = z.object({
  name: z.string(),
  expires_in_seconds: z.number().int().optional(),
});

/**
 * The configured sandbox key is stored like any admin key, but its redacted value is always taken
 * from the key actually configured (SANDBOX_ADMIN_KEY may change between starts).
 */
async function presenter(ctx: SandboxContext) {
  const consoleKey = redactKeyValue(await getSandboxAdminKey(ctx.db));
  return (key: AdminAPIKeyObject): AdminAPIKeyObject =>
    key.id === SANDBOX_KEY_ID ? { ...key, redacted_value: consoleKey } : key;
}

async function requireKey(ctx: SandboxContext): Promise<AdminAPIKeyObject> {
  const id = pathParam(ctx, 'key_id');
  const found = await getObject<AdminAPIKeyObject>(ctx.db, KEYS_AUDIT_KIND.adminApiKey, '', id);
  if (!found) throw notFound('Admin API key', id, 'key_id');
  return found.data;
}

export const adminKeyHandlers: HandlerTable = {
  'adminAPIKeys.list': async (ctx) =>
    paginate(
      ctx.db,
      { kind: KEYS_AUDIT_KIND.adminApiKey },
      ctx.query,
      { order: 'asc' },
      await presenter(ctx),
    ),

  // The new key belongs to the user whose key made the request, and its value is shown only here.
  'adminAPIKeys.create': async (ctx) => {
    const body = parseInput(createBody, ctx.body);
    const user = await owningUser(
      ctx.db,
      ctx.actor.api_key?.user?.id ?? ctx.actor.session?.user?.id,
    );
    const value = newAdminKeyValue();
    const key: AdminAPIKeyObject = {
      object: 'organization.admin_api_key',
      id: newObjectId(ADMIN_KEY_ID_PREFIX),
      name: body.name,
      redacted_value: redactKeyValue(value),
      created_at: ctx.now,
      expires_at: body.expires_in_seconds === undefined ? null : ctx.now + body.expires_in_seconds,
      last_used_at: null,
      owner: adminKeyOwner(user),
    };
    const secret: AdminKeySecretRecord = {
      key_id: key.id,
      owner: { id: user.id, email: user.email },
      expires_at: key.expires_at,
    };
    await ctx.db.transaction(async (tx) => {
      await insertObject(tx, { kind: KEYS_AUDIT_KIND.adminApiKey, id: key.id, data: key });
      await insertObject(tx, {
        kind: KEYS_AUDIT_KIND.adminApiKeySecret,
        id: hashKeyValue(value),
        data: secret,
      });
      await recordAuditEvent(
        { ...ctx, db: tx },
        { type: 'api_key.created', details: { id: key.id, data: { scopes: ADMIN_KEY_SCOPES } } },
      );
    });
    return { ...key, value };
  },

  'adminAPIKeys.retrieve': async (ctx) => (await presenter(ctx))(await requireKey(ctx)),

  'adminAPIKeys.delete': async (ctx) => {
    const key = await requireKey(ctx);
    // Deliberate deviation: the API would delete it, but then the console could never reach its
    // own sandbox again (the configured key is its only way in).
    if (key.id === SANDBOX_KEY_ID) {
      throw invalidRequest(
        `Admin API key '${key.id}' is the sandbox's configured key (SANDBOX_ADMIN_KEY): deleting it would lock the console out of its own sandbox. Create another admin key and use that if you want to try deleting one.`,
        'key_id',
        'configured_key_not_deletable',
      );
    }
    await ctx.db.transaction(async (tx) => {
      await deleteObject(tx, KEYS_AUDIT_KIND.adminApiKey, '', key.id);
      await deleteKeySecrets(tx, key.id);
      await recordAuditEvent(
        { ...ctx, db: tx },
        { type: 'api_key.deleted', details: { id: key.id } },
      );
    });
    return { id: key.id, object: 'organization.admin_api_key.deleted', deleted: true };
  },
};
