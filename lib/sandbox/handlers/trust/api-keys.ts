import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import { recordAuditEvent } from '../../audit';
import { invalidRequest, SandboxError } from '../../errors';
import { pathParam, type HandlerTable, type SandboxContext } from '../../handler';
import { KIND, type ProjectUserObject } from '../../model';
import { paginate } from '../../pagination';
import { sandboxObject } from '../../schema';
import { field, getObject } from '../../store';
import { deleteObject } from '../../store-writes';
import { refuseIfArchived, requireProject } from '../lookup';
import { TRUST_KIND, type ProjectApiKeyObject } from './kinds';

const ACCESS = ['active', 'inactive', 'any'] as const;

/**
 * A user-owned key names its owner's current project role (it may have changed since the key
 * was made): one lookup for the whole page.
 */
async function withCurrentRoles(db: Db, projectId: string, keys: ProjectApiKeyObject[]) {
  const userIds = keys.flatMap((key) => (key.owner.user ? [key.owner.user.id] : []));
  if (userIds.length === 0) return keys;
  const t = sandboxObject;
  const rows = await db
    .select({ id: t.id, data: t.data })
    .from(t)
    .where(and(eq(t.kind, KIND.projectUser), eq(t.scope, projectId), inArray(t.id, userIds)));
  const roles = new Map(
    rows.map((row) => [row.id, (row.data as unknown as ProjectUserObject).role]),
  );
  return keys.map((key) => {
    const user = key.owner.user;
    const role = user && roles.get(user.id);
    return user && role && role !== user.role
      ? { ...key, owner: { ...key.owner, user: { ...user, role } } }
      : key;
  });
}

async function requireKey(ctx: SandboxContext, projectId: string): Promise<ProjectApiKeyObject> {
  const id = pathParam(ctx, 'api_key_id');
  const found = await getObject<ProjectApiKeyObject>(
    ctx.db,
    TRUST_KIND.projectApiKey,
    projectId,
    id,
  );
  if (!found) {
    throw new SandboxError(404, `API key with id '${id}' not found in project '${projectId}'.`, {
      param: 'api_key_id',
    });
  }
  return found.data;
}

export const apiKeyHandlers: HandlerTable = {
  // Without owner_project_access the API shows keys whose owner can use the project ('active').
  'projects.apiKeys.list': async (ctx) => {
    const project = await requireProject(ctx.db, pathParam(ctx, 'project_id'));
    const access = ACCESS.find((value) => value === ctx.query.owner_project_access) ?? 'active';
    const where = access === 'any' ? undefined : eq(field('owner_project_access'), access);
    const page = await paginate<ProjectApiKeyObject>(
      ctx.db,
      { kind: TRUST_KIND.projectApiKey, scope: project.id, where },
      ctx.query,
    );
    return { ...page, data: await withCurrentRoles(ctx.db, project.id, page.data) };
  },

  'projects.apiKeys.retrieve': async (ctx) => {
    const project = await requireProject(ctx.db, pathParam(ctx, 'project_id'));
    const [key] = await withCurrentRoles(ctx.db, project.id, [await requireKey(ctx, project.id)]);
    return key;
  },

  // As the API documents: a service account's key goes with its service account, not on its own.
  'projects.apiKeys.delete': async (ctx) => {
    const project = await requireProject(ctx.db, pathParam(ctx, 'project_id'));
    refuseIfArchived(project, 'its API keys cannot be deleted.');
    const key = await requireKey(ctx, project.id);
    if (key.owner.type === 'service_account') {
      throw invalidRequest(
        `API key '${key.id}' belongs to service account '${key.owner.service_account?.id ?? ''}'. Delete the service account to remove its keys.`,
        'api_key_id',
        'service_account_key',
      );
    }
    await deleteObject(ctx.db, TRUST_KIND.projectApiKey, project.id, key.id);
    await deleteObject(ctx.db, TRUST_KIND.projectApiKeySecret, project.id, key.id);
    await recordAuditEvent(ctx, {
      type: 'api_key.deleted',
      project: { id: project.id, name: project.name },
      details: { id: key.id },
    });
    return { object: 'organization.project.api_key.deleted', id: key.id, deleted: true };
  },
};
