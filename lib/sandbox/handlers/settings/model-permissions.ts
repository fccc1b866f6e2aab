import 'server-only';
import { z } from 'zod';
import { invalidRequest } from '../../errors';
import type { HandlerTable } from '../../handler';
import { deleteObject } from '../../store-writes';
import { parseInput } from '../../validation';
import { DEFAULT_MODEL_PERMISSIONS } from './defaults';
import { SETTINGS_KIND, type ProjectModelPermissions } from './kinds';
import { MODEL_CATALOGUE } from './models';
import { auditSettingsChange, projectOwner } from './owner';
import { readStored, upsertStored } from './stored';

// The registry has validated the body already; this only gives it a type.
const permissionsBody = z.object({
  mode: z.enum(['allow_list', 'deny_list']),
  model_ids: z.array(z.string()),
});

const CATALOGUE_IDS = new Set(MODEL_CATALOGUE.map((model) => model.id));
const SNAPSHOT_SUFFIX = /-\d{4}-\d{2}-\d{2}$/;

/** A model of the catalogue, one of its dated snapshots, or a fine-tuned model (`ft:…`). */
function isKnownModel(id: string): boolean {
  if (CATALOGUE_IDS.has(id)) return true;
  if (/^ft:[^:]+:.+/.test(id)) return true;
  return SNAPSHOT_SUFFIX.test(id) && CATALOGUE_IDS.has(id.replace(SNAPSHOT_SUFFIX, ''));
}

/** The ids as given, trimmed, without repeats; an unknown model is refused with its index. */
function checkedModelIds(ids: string[]): string[] {
  const distinct: string[] = [];
  ids.forEach((raw, index) => {
    const id = raw.trim();
    if (!isKnownModel(id)) {
      throw invalidRequest(
        `Invalid 'model_ids[${index}]': '${id}' is not a model this organization can use.`,
        `model_ids[${index}]`,
        'model_not_found',
      );
    }
    if (!distinct.includes(id)) distinct.push(id);
  });
  return distinct;
}

const kind = SETTINGS_KIND.modelPermissions;

export const modelPermissionHandlers: HandlerTable = {
  'projects.modelPermissions.retrieve': async (ctx) => {
    const owner = await projectOwner(ctx, null);
    const stored = await readStored<ProjectModelPermissions>(ctx.db, kind, owner.scope, owner.id);
    return stored ?? DEFAULT_MODEL_PERMISSIONS;
  },

  // Replaces the policy: the mode and the whole list of models.
  'projects.modelPermissions.update': async (ctx) => {
    const owner = await projectOwner(ctx, 'model permissions');
    const body = parseInput(permissionsBody, ctx.body);
    const permissions: ProjectModelPermissions = {
      object: 'project.model_permissions',
      mode: body.mode,
      model_ids: checkedModelIds(body.model_ids),
    };
    await upsertStored(ctx.db, kind, owner.scope, owner.id, permissions);
    const { mode, model_ids } = permissions;
    await auditSettingsChange(ctx, owner, 'model_permissions', { mode, model_ids });
    return permissions;
  },

  // Removes the policy (every model allowed again); removing none is not an error.
  'projects.modelPermissions.delete': async (ctx) => {
    const owner = await projectOwner(ctx, 'model permissions');
    await deleteObject(ctx.db, kind, owner.scope, owner.id);
    await auditSettingsChange(ctx, owner, 'model_permissions', null);
    return { object: 'project.model_permissions.deleted', deleted: true };
  },
};
