import 'server-only';
import type { Db } from '@/lib/server/db';
import { invalidRequest, notFound, SandboxError } from '../../errors';
import { getObject } from '../../store';
import { ACCESS_KIND, type GroupObject, type ProjectGroupObject } from './kinds';

export async function requireGroup(db: Db, id: string, param = 'group_id'): Promise<GroupObject> {
  const found = await getObject<GroupObject>(db, ACCESS_KIND.group, '', id);
  if (!found) throw notFound('Group', id, param);
  return found.data;
}

/**
 * A SCIM-managed group belongs to the identity provider: its name and members change only
 * through SCIM, and it goes away only when the provider deletes it.
 */
export function refuseIfScimManaged(group: GroupObject, what: string): void {
  if (group.is_scim_managed) {
    throw invalidRequest(
      `Group '${group.id}' is managed through SCIM by your identity provider: ${what}`,
      'group_id',
      'group_scim_managed',
    );
  }
}

/** The group's access to the project (404 when it has none). */
export async function requireProjectGroup(
  db: Db,
  projectId: string,
  groupId: string,
): Promise<ProjectGroupObject> {
  const found = await getObject<ProjectGroupObject>(
    db,
    ACCESS_KIND.projectGroup,
    projectId,
    groupId,
  );
  if (!found) {
    throw new SandboxError(404, `Group with id '${groupId}' not found in project '${projectId}'.`, {
      param: 'group_id',
    });
  }
  return found.data;
}

/** A group as role assignment answers embed it. */
export function groupSummary(group: GroupObject) {
  return {
    object: 'group' as const,
    id: group.id,
    name: group.name,
    created_at: group.created_at,
    scim_managed: group.is_scim_managed,
  };
}
