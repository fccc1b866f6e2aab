import 'server-only';
import type { Db } from '@/lib/server/db';

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

// Loaded when a cascade runs, not when this module loads: the families' handlers import
// cascade() themselves, and a static import here would make a cycle.
async function families(): Promise<CascadeHooks[]> {
  const [access, trust, settings, keysAudit] = await Promise.all([
    import('./handlers/access'),
    import('./handlers/trust'),
    import('./handlers/settings'),
    import('./handlers/keys-audit'),
  ]);
  return [access.accessCascade, trust.trustCascade, settings.settingsCascade, keysAudit.keysAuditCascade];
}

type Event = keyof CascadeHooks;
type Args<E extends Event> = Parameters<NonNullable<CascadeHooks[E]>>;

/** Runs every family's hook for an event, in the caller's transaction. */
export async function cascade<E extends Event>(event: E, ...args: Args<E>): Promise<void> {
  for (const family of await families()) {
    const hook = family[event] as ((...a: Args<E>) => Promise<void>) | undefined;
    if (hook) await hook(...args);
  }
}
