import 'server-only';
import { recordAuditEvent } from '../../audit';
import { pathParam, type SandboxContext } from '../../handler';
import type { ProjectObject } from '../../model';
import { refuseIfArchived, requireProject } from '../lookup';

/** Whose settings a request reads or changes: the organization's or one project's. */
export interface SettingsOwner {
  level: 'organization' | 'project';
  /** The organization id or the project id (the id of singleton settings). */
  id: string;
  /** The store scope of the owner's settings: '' for the organization, else the project id. */
  scope: string;
  project: ProjectObject | null;
}

export type SettingsLevel = SettingsOwner['level'];

export function organizationOwner(ctx: SandboxContext): SettingsOwner {
  return { level: 'organization', id: ctx.organization.id, scope: '', project: null };
}

/**
 * The project named in the path (404 when unknown). `change` names what a mutation would change:
 * archived projects are read-only, so it is refused there.
 */
export async function projectOwner(
  ctx: SandboxContext,
  change: string | null,
): Promise<SettingsOwner> {
  const project = await requireProject(ctx.db, pathParam(ctx, 'project_id'));
  if (change) refuseIfArchived(project, `its ${change} cannot be changed.`);
  return { level: 'project', id: project.id, scope: project.id, project };
}

/** The owner for an operation of either level; `change` as for projectOwner. */
export function resolveOwner(
  ctx: SandboxContext,
  level: SettingsLevel,
  change: string | null,
): Promise<SettingsOwner> {
  return level === 'organization'
    ? Promise.resolve(organizationOwner(ctx))
    : projectOwner(ctx, change);
}

/**
 * Records a settings change in the audit log. The API's event types have none for these settings,
 * so the closest ones are used: `organization.updated` for the organization's settings and
 * `project.updated` for a project's, with `changes_requested` naming the setting and what was
 * asked (null when it was removed).
 */
export async function auditSettingsChange(
  ctx: SandboxContext,
  owner: SettingsOwner,
  setting: string,
  change: unknown,
): Promise<void> {
  const details = { id: owner.id, changes_requested: { [setting]: change } };
  if (owner.project) {
    await recordAuditEvent(ctx, {
      type: 'project.updated',
      project: { id: owner.project.id, name: owner.project.name },
      details,
    });
  } else {
    await recordAuditEvent(ctx, { type: 'organization.updated', details });
  }
}
