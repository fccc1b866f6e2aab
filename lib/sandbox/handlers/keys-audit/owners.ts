import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '@/lib/server/db';
import { KIND, type UserObject } from '../../model';
import { field, findFirst, getObject } from '../../store';
import type { AdminKeyOwner } from './kinds';

/** An admin key's `owner`, as the API shows it: the owning user's organization record. */
export function adminKeyOwner(user: UserObject): AdminKeyOwner {
  return {
    type: 'user',
    object: 'organization.user',
    id: user.id,
    name: user.name,
    created_at: user.added_at,
    role: user.role,
  };
}

/** The organization's earliest owner (other than `exceptId`), or null when there is none. */
export async function firstOwner(db: Db, exceptId?: string): Promise<UserObject | null> {
  const where = and(eq(field('role'), 'owner'), exceptId ? ne(field('id'), exceptId) : undefined);
  return (await findFirst<UserObject>(db, { kind: KIND.user, where }))?.data ?? null;
}

/** The user a key belongs to: the given one while they are a member, else the first owner. */
export async function owningUser(db: Db, userId: string | undefined): Promise<UserObject> {
  const user = userId ? (await getObject<UserObject>(db, KIND.user, '', userId))?.data : undefined;
  const owner = user ?? (await firstOwner(db));
  if (!owner) throw new Error('The sandbox organization has no owner.');
  return owner;
}
