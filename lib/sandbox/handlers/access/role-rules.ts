import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import { invalidRequest } from '../../errors';
import type { SandboxContext } from '../../handler';
import { KIND, type UserObject } from '../../model';
import { field, findFirst, getObject } from '../../store';
import type { RoleLevel, RoleRecord } from './kinds';
import { isPermissionFor } from './permissions';
import { PREDEFINED_ROLES } from './predefined';
import { homeScope, roleKind, type RoleHome } from './role-lookup';

/** Checks each permission against the level's catalogue; answers them without repeats. */
export function checkedPermissions(level: RoleLevel, permissions: string[]): string[] {
  permissions.forEach((permission, i) => {
    if (!isPermissionFor(level, permission)) {
      throw invalidRequest(
        `Invalid 'permissions[${i}]': '${permission}' is not a permission ${level} roles can grant.`,
        `permissions[${i}]`,
        'invalid_permission',
      );
    }
  });
  return [...new Set(permissions)];
}

/** Role names are unique within their home (predefined ones included), ignoring case. */
export async function refuseTakenName(
  db: Db,
  home: RoleHome,
  name: string,
  exceptId?: string,
): Promise<void> {
  const lower = name.toLowerCase();
  const predefinedClash = PREDEFINED_ROLES[home.level].some((r) => r.name.toLowerCase() === lower);
  const where = and(
    eq(sql`lower(${field('name')})`, lower),
    exceptId ? ne(field('id'), exceptId) : undefined,
  );
  const clash =
    predefinedClash ||
    (await findFirst(db, { kind: roleKind(home.level), scope: homeScope(home), where })) !== null;
  if (clash) {
    throw invalidRequest(
      `A role named '${name}' already exists${home.level === 'project' ? ' in this project' : ''}.`,
      'role_name',
      'role_name_taken',
    );
  }
}

export function refuseIfPredefined(role: RoleRecord, what: string): void {
  if (role.predefined_role) {
    throw invalidRequest(
      `Role '${role.id}' (${role.name}) is predefined by OpenAI and cannot be ${what}.`,
      'role_id',
      'predefined_role',
    );
  }
}

/** Who made a role, as assignment lists show it: the admin key's owner. */
export async function creatorOf(
  ctx: Pick<SandboxContext, 'db' | 'actor'>,
): Promise<Pick<RoleRecord, 'created_by' | 'created_by_user_obj'>> {
  const owner = ctx.actor.api_key?.user;
  if (!owner?.id) return { created_by: ctx.actor.api_key?.id ?? null, created_by_user_obj: null };
  const user = (await getObject<UserObject>(ctx.db, KIND.user, '', owner.id))?.data;
  return {
    created_by: owner.id,
    created_by_user_obj: { id: owner.id, name: user?.name ?? null, email: owner.email ?? null },
  };
}

/** What changed between two permission lists, for the audit log. */
export function permissionChanges(before: string[], after: string[]) {
  return {
    permissions_added: after.filter((p) => !before.includes(p)),
    permissions_removed: before.filter((p) => !after.includes(p)),
  };
}
