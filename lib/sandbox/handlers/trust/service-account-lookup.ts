import 'server-only';
import { SandboxError } from '../../errors';
import { recordAuditEvent } from '../../audit';
import { pathParam, type SandboxContext } from '../../handler';
import type { ProjectObject } from '../../model';
import { newObjectId } from '../../random';
import { getObject } from '../../store';
import { refuseIfArchived, requireProject } from '../lookup';
import {
  KEY_PREFIX,
  newSecretKey,
  ownerAccess,
  redactKey,
  serviceAccountOwner,
  storeNewKey,
} from './api-key-records';
import {
  TRUST_ID_PREFIX,
  TRUST_KIND,
  type ProjectApiKeyObject,
  type ServiceAccountObject,
} from './kinds';

export const DEFAULT_KEY_NAME = 'Secret Key';

/** The project, refused when archived unless only reading (`action` null). */
export async function projectFor(
  ctx: SandboxContext,
  action: string | null,
): Promise<ProjectObject> {
  const project = await requireProject(ctx.db, pathParam(ctx, 'project_id'));
  if (action) refuseIfArchived(project, action);
  return project;
}

export async function requireServiceAccount(ctx: SandboxContext, projectId: string) {
  const id = pathParam(ctx, 'service_account_id');
  const found = await getObject<ServiceAccountObject>(
    ctx.db,
    TRUST_KIND.projectServiceAccount,
    projectId,
    id,
  );
  if (!found) {
    throw new SandboxError(
      404,
      `Service account with id '${id}' not found in project '${projectId}'.`,
      {
        param: 'service_account_id',
      },
    );
  }
  return found.data;
}

/** Makes a key for the service account and returns it with its value, the only time it is shown. */
export async function issueKey(
  ctx: SandboxContext,
  project: ProjectObject,
  account: ServiceAccountObject,
  name: string,
  scopes?: string[],
) {
  const value = newSecretKey(KEY_PREFIX.serviceAccount);
  const key: ProjectApiKeyObject = {
    object: 'organization.project.api_key',
    id: newObjectId(TRUST_ID_PREFIX.apiKey),
    name,
    redacted_value: redactKey(value, KEY_PREFIX.serviceAccount),
    created_at: ctx.now,
    last_used_at: null,
    owner: serviceAccountOwner(account),
    owner_project_access: ownerAccess(account),
  };
  await storeNewKey(ctx.db, project.id, key, value);
  await recordAuditEvent(ctx, {
    type: 'api_key.created',
    project: { id: project.id, name: project.name },
    details: { id: key.id, data: { scopes: scopes ?? ['api.all'] } },
  });
  const { id, created_at } = key;
  return {
    object: 'organization.project.service_account.api_key' as const,
    id,
    name,
    created_at,
    value,
  };
}
