import 'server-only';
import { z } from 'zod';
import type { HandlerTable } from '../../handler';
import { parseInput } from '../../validation';
import { defaultHostedToolPermissions, HOSTED_TOOLS, type HostedTool } from './defaults';
import { SETTINGS_KIND, type ProjectHostedToolPermissions } from './kinds';
import { auditSettingsChange, projectOwner } from './owner';
import { readStored, upsertStored } from './stored';

// The registry has validated the body already; this only gives it a type.
const toolUpdate = z.object({ enabled: z.boolean() }).nullish();
const permissionsBody = z.object({
  file_search: toolUpdate,
  web_search: toolUpdate,
  image_generation: toolUpdate,
  mcp: toolUpdate,
  code_interpreter: toolUpdate,
});

const kind = SETTINGS_KIND.hostedToolPermissions;

export const hostedToolPermissionHandlers: HandlerTable = {
  'projects.hostedToolPermissions.retrieve': async (ctx) => {
    const owner = await projectOwner(ctx, null);
    const stored = await readStored<ProjectHostedToolPermissions>(
      ctx.db,
      kind,
      owner.scope,
      owner.id,
    );
    return stored ?? defaultHostedToolPermissions();
  },

  // Only the tools named (and not null) change; the others keep their state.
  'projects.hostedToolPermissions.update': async (ctx) => {
    const owner = await projectOwner(ctx, 'hosted tool permissions');
    const body = parseInput(permissionsBody, ctx.body);
    const current =
      (await readStored<ProjectHostedToolPermissions>(ctx.db, kind, owner.scope, owner.id)) ??
      defaultHostedToolPermissions();
    const updated: ProjectHostedToolPermissions = { ...current };
    const changes: Partial<Record<HostedTool, { enabled: boolean }>> = {};
    for (const tool of HOSTED_TOOLS) {
      const change = body[tool];
      if (!change) continue;
      updated[tool] = { enabled: change.enabled };
      changes[tool] = { enabled: change.enabled };
    }
    await upsertStored(ctx.db, kind, owner.scope, owner.id, updated);
    await auditSettingsChange(ctx, owner, 'hosted_tool_permissions', changes);
    return updated;
  },
};
