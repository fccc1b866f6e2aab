import 'server-only';
import type { Db } from '@/lib/server/db';
import { accessCascade } from './handlers/access';
import { keysAuditCascade } from './handlers/keys-audit';
import { settingsCascade } from './handlers/settings';
import { trustCascade } from './handlers/trust';

/**
 * What a family must clean up when something it hangs off goes away, so relations stay
 * consistent (a removed user keeps no memberships, role assignments or keys; a deleted group
 * keeps no assignments). Each family exports its hooks beside its handlers.
 */
export interface CascadeHooks {
  /** A user left the organization (their project memberships are already gone). */
  userRemoved?(db: Db, userId: string): Promise<void>;
  /** A user left one project. */
  projectUserRemoved?(db: Db, projectId: string, userId: string): Promise<void>;
  /** A group was deleted. */
  groupDeleted?(db: Db, groupId: string): Promise<void>;
  /** A project was archived. */
  projectArchived?(db: Db, projectId: string): Promise<void>;
}

const FAMILIES: CascadeHooks[] = [accessCascade, trustCascade, settingsCascade, keysAuditCascade];

type Event = keyof CascadeHooks;
type Args<E extends Event> = Parameters<NonNullable<CascadeHooks[E]>>;

/** Runs every family's hook for an event, in the caller's transaction. */
export async function cascade<E extends Event>(event: E, ...args: Args<E>): Promise<void> {
  for (const family of FAMILIES) {
    const hook = family[event] as ((...a: Args<E>) => Promise<void>) | undefined;
    if (hook) await hook(...args);
  }
}
