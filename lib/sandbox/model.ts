import 'server-only';
import type { Project, ProjectUser } from 'openai/resources/admin/organization/projects';
import type { OrganizationUser } from 'openai/resources/admin/organization/users';

/** The `kind` of each collection in sandbox_object. */
export const KIND = {
  organization: 'organization',
  project: 'project',
  user: 'user',
  /** Scope: the project id; id: the user id. */
  projectUser: 'project_user',
  /** Org scope; newest has the highest seq. */
  auditLog: 'audit_log',
} as const;

/** The sandbox's own record of the organization (never returned by any operation as such). */
export interface OrganizationRecord {
  id: string;
  name: string;
  /** Start of the UTC day the sandbox was seeded, Unix seconds: seed timestamps count back from it. */
  base_time: number;
  default_project_id: string;
  /** The seeders that have run (see seeders/index.ts); absent on sandboxes seeded before seeders. */
  seeders?: string[];
  /** The preset the sandbox was seeded with. */
  preset?: 'default' | 'large';
}

// The API's objects as the sandbox stores and returns them: the SDK's types, with the fields the
// sandbox always fills made non-optional.

export interface ProjectObject extends Project {
  name: string;
  status: 'active' | 'archived';
  archived_at: number | null;
  external_key_id: string | null;
}

export type OrganizationRole = 'owner' | 'reader';

export interface UserObject extends OrganizationUser {
  name: string;
  email: string;
  role: OrganizationRole;
}

export type ProjectRole = 'owner' | 'member';

export interface ProjectUserObject extends ProjectUser {
  name: string;
  email: string;
  role: ProjectRole;
}

export const ID_PREFIX = { organization: 'org-', project: 'proj_', user: 'user-' } as const;
