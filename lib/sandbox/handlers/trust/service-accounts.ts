import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '../../audit';
import { type HandlerTable } from '../../handler';
import { paginate } from '../../pagination';
import { newObjectId } from '../../random';
import { deleteObject, insertObject, updateObject } from '../../store-writes';
import { parseInput } from '../../validation';
import { deleteKeys, ownedBy, refreshKeysOf } from './api-key-records';
import { TRUST_ID_PREFIX, TRUST_KIND, type ServiceAccountObject } from './kinds';
import {
  DEFAULT_KEY_NAME,
  issueKey,
  projectFor,
  requireServiceAccount,
} from './service-account-lookup';

const createBody = z.object({
  name: z.string(),
  create_service_account_only: z.boolean().nullish(),
});
const updateBody = z.object({
  name: z.string().optional(),
  role: z.enum(['member', 'owner']).optional(),
});
const keyBody = z.object({ name: z.string().optional(), scopes: z.array(z.string()).optional() });

export const serviceAccountHandlers: HandlerTable = {
  // As the API documents it: an archived project has no service accounts to list.
  'projects.serviceAccounts.list': async (ctx) => {
    const project = await projectFor(ctx, 'archived projects have no service accounts.');
    return paginate(
      ctx.db,
      { kind: TRUST_KIND.projectServiceAccount, scope: project.id },
      ctx.query,
    );
  },

  'projects.serviceAccounts.create': async (ctx) => {
    const project = await projectFor(
      ctx,
      'service accounts cannot be created in an archived project.',
    );
    const body = parseInput(createBody, ctx.body);
    const only = body.create_service_account_only === true;
    const account: ServiceAccountObject = {
      object: 'organization.project.service_account',
      id: newObjectId(TRUST_ID_PREFIX.serviceAccount),
      name: body.name.trim(),
      role: only ? 'none' : 'member',
      created_at: ctx.now,
    };
    await insertObject(ctx.db, {
      kind: TRUST_KIND.projectServiceAccount,
      scope: project.id,
      id: account.id,
      data: account,
    });
    await recordAuditEvent(ctx, {
      type: 'service_account.created',
      project: { id: project.id, name: project.name },
      details: { id: account.id, data: { role: account.role } },
    });
    const apiKey = only ? null : await issueKey(ctx, project, account, DEFAULT_KEY_NAME);
    return { ...account, api_key: apiKey };
  },

  'projects.serviceAccounts.retrieve': async (ctx) => {
    const project = await projectFor(ctx, null);
    return requireServiceAccount(ctx, project.id);
  },

  'projects.serviceAccounts.update': async (ctx) => {
    const project = await projectFor(ctx, 'its service accounts cannot be changed.');
    const account = await requireServiceAccount(ctx, project.id);
    const body = parseInput(updateBody, ctx.body);
    const updated: ServiceAccountObject = {
      ...account,
      name: body.name?.trim() || account.name,
      role: body.role ?? account.role,
    };
    await updateObject(ctx.db, TRUST_KIND.projectServiceAccount, project.id, account.id, updated);
    await refreshKeysOf(ctx.db, project.id, updated);
    const changes = {
      ...(body.role ? { role: body.role } : {}),
      ...(body.name ? { name: updated.name } : {}),
    };
    await recordAuditEvent(ctx, {
      type: 'service_account.updated',
      project: { id: project.id, name: project.name },
      details: { id: account.id, changes_requested: changes },
    });
    return updated;
  },

  'projects.serviceAccounts.delete': async (ctx) => {
    const project = await projectFor(ctx, 'archived projects have no service accounts.');
    const account = await requireServiceAccount(ctx, project.id);
    await ctx.db.transaction(async (tx) => {
      await deleteObject(tx, TRUST_KIND.projectServiceAccount, project.id, account.id);
      await deleteKeys(tx, ownedBy('service_account', account.id), project.id);
    });
    await recordAuditEvent(ctx, {
      type: 'service_account.deleted',
      project: { id: project.id, name: project.name },
      details: { id: account.id },
    });
    return {
      object: 'organization.project.service_account.deleted',
      id: account.id,
      deleted: true,
    };
  },

  'projects.serviceAccounts.apiKeys.create': async (ctx) => {
    const project = await projectFor(ctx, 'API keys cannot be created in an archived project.');
    const account = await requireServiceAccount(ctx, project.id);
    const body = parseInput(keyBody, ctx.body ?? {});
    return issueKey(ctx, project, account, body.name?.trim() || DEFAULT_KEY_NAME, body.scopes);
  },
};
