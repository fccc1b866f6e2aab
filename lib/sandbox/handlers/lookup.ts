import 'server-only';
import type { Db } from '@/lib/server/db';
import { invalidRequest, notFound } from '../errors';
import { KIND, type ProjectObject, type UserObject } from '../model';
import { getObject } from '../store';

/** Lookups the handlers share: each throws the API's error when the thing is not there. */

export async function requireProject(db: Db, id: string): Promise<ProjectObject> {
  const found = await getObject<ProjectObject>(db, KIND.project, '', id);
  if (!found) throw notFound('Project', id, 'project_id');
  return found.data;
}

/** Archived projects are read-only: nothing in them may change, and they have no users. */
export function refuseIfArchived(project: ProjectObject, what: string): void {
  if (project.status === 'archived') {
    throw invalidRequest(
      `Project '${project.id}' is archived: ${what}`,
      'project_id',
      'project_archived',
    );
  }
}

export async function requireUser(db: Db, id: string): Promise<UserObject> {
  const found = await getObject<UserObject>(db, KIND.user, '', id);
  if (!found) throw notFound('User', id, 'user_id');
  return found.data;
}

/** A query value that may come as one string or many (`emails=a` or `emails[]=a&emails[]=b`). */
export function stringList(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string' && v !== '');
}

/** `true`/`false` from the URL or a boolean from a parsing schema. */
export function queryBoolean(value: unknown, param: string): boolean {
  if (value === undefined || value === '' || value === false || value === 'false') return false;
  if (value === true || value === 'true') return true;
  throw invalidRequest(
    `Invalid value for '${param}': expected a boolean (true or false), but got '${String(value)}'.`,
    param,
    'invalid_type',
  );
}
