import 'server-only';
import crypto from 'node:crypto';
import { and, eq, or, isNull } from 'drizzle-orm';
import { lastAdminProblem, type ConsoleUserChange } from '@/lib/admin/console-users';
import { getDb } from '../db';
import { authAccount, authUser } from '../db/schema';
import { getAuth } from './auth';

/*
 * Changes to console accounts made by a console admin (Settings → Console users). Callers
 * (console-users.ts) check who asks and journal what is done; this module does it safely.
 */

export interface ConsoleUserTarget {
  id: string;
  name: string;
  email: string;
  role: string;
  disabled: boolean;
}

export async function findConsoleUser(id: string): Promise<ConsoleUserTarget | null> {
  const [row] = await (await getDb()).select().from(authUser).where(eq(authUser.id, id));
  return row ? { id: row.id, name: row.name, email: row.email, role: row.role, disabled: !!row.banned } : null;
}

export type ChangeOutcome = { ok: true } | { ok: false; problem: string };

/**
 * Changes a person's role or disables/enables them, refusing to leave the console without an
 * enabled admin. The enabled admins' rows are locked (FOR UPDATE) while the count is checked and
 * the change written, so two admins demoting each other at the same moment cannot both succeed.
 * Disabling also ends every session of the person at once.
 */
export async function changeConsoleUser(targetId: string, change: ConsoleUserChange, actorEmail: string): Promise<ChangeOutcome> {
  const db = await getDb();
  const outcome = await db.transaction(async (tx): Promise<ChangeOutcome> => {
    const enabledAdmins = await tx
      .select({ id: authUser.id })
      .from(authUser)
      .where(and(eq(authUser.role, 'admin'), or(isNull(authUser.banned), eq(authUser.banned, false))))
      .for('update');
    const [row] = await tx.select().from(authUser).where(eq(authUser.id, targetId)).for('update');
    if (!row) return { ok: false, problem: 'This console user no longer exists. Reload the page.' };
    const target = { id: row.id, name: row.name, role: row.role, disabled: !!row.banned };
    const problem = lastAdminProblem(
      enabledAdmins.map((a) => a.id),
      target,
      change,
    );
    if (problem) return { ok: false, problem };
    const now = new Date();
    if ('role' in change) {
      await tx.update(authUser).set({ role: change.role, updatedAt: now }).where(eq(authUser.id, targetId));
    } else if (change.disabled) {
      await tx
        .update(authUser)
        .set({ banned: true, banReason: `Disabled in the console by ${actorEmail}`, banExpires: null, updatedAt: now })
        .where(eq(authUser.id, targetId));
    } else {
      await tx.update(authUser).set({ banned: false, banReason: null, banExpires: null, updatedAt: now }).where(eq(authUser.id, targetId));
    }
    return { ok: true };
  });
  // A disabled person is refused by every session lookup already (session.ts); their sessions go too.
  if (outcome.ok && 'disabled' in change && change.disabled) await endSessions(targetId);
  return outcome;
}

/** Ends every session of a person: their next request lands on the sign-in page. */
export async function endSessions(userId: string): Promise<void> {
  const context = await (await getAuth()).$context;
  await context.internalAdapter.deleteUserSessions(userId);
}

/** Sets a new password for a person (an admin's reset) and ends their sessions. */
export async function setConsoleUserPassword(userId: string, password: string): Promise<void> {
  const context = await (await getAuth()).$context;
  const hash = await context.password.hash(password);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [credential] = await tx
      .select({ id: authAccount.id })
      .from(authAccount)
      .where(and(eq(authAccount.userId, userId), eq(authAccount.providerId, 'credential')));
    if (credential) {
      await tx.update(authAccount).set({ password: hash, updatedAt: new Date() }).where(eq(authAccount.id, credential.id));
    } else {
      await tx.insert(authAccount).values({ id: crypto.randomUUID(), userId, accountId: userId, providerId: 'credential', password: hash });
    }
  });
  await endSessions(userId);
}
