import 'server-only';
import crypto from 'node:crypto';
import { and, asc, eq, gt, ne, sql } from 'drizzle-orm';
import type { ConsoleUserRow } from '@/lib/admin/console-users';
import type { ConsoleRole } from '@/lib/admin/operation';
import { getConfig, type ConsoleConfig } from '../config';
import { getDb, type Db } from '../db';
import { authAccount, authSession, authUser, consoleSetting } from '../db/schema';
import { getAuth } from './auth';

export async function hasAnyAccount(): Promise<boolean> {
  const db = await getDb();
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(authUser);
  return (rows[0]?.n ?? 0) > 0;
}

export interface NewAccount {
  email: string;
  name: string;
  password: string;
  role: ConsoleRole;
}

export class AccountExistsError extends Error {
  constructor(email: string) {
    super(`A console account for ${email} already exists.`);
  }
}

const hashPassword = async (password: string) => (await (await getAuth()).$context).password.hash(password);

/**
 * Writes an account and its password credential (the rows Better Auth reads) in the caller's
 * transaction, so a failure never leaves a user without a password.
 */
async function insertAccount(tx: Db, account: NewAccount, passwordHash: string): Promise<string | null> {
  const id = crypto.randomUUID();
  const email = account.email.trim().toLowerCase();
  const inserted = await tx
    .insert(authUser)
    .values({ id, email, name: account.name.trim(), role: account.role, emailVerified: true })
    .onConflictDoNothing()
    .returning({ id: authUser.id });
  if (inserted.length === 0) return null;
  await tx.insert(authAccount).values({ id: crypto.randomUUID(), userId: id, accountId: id, providerId: 'credential', password: passwordHash });
  return id;
}

/** Creates a console account with a password (sign-up is closed; this is the only way in). */
export async function createAccount(account: NewAccount): Promise<{ id: string }> {
  const passwordHash = await hashPassword(account.password);
  const db = await getDb();
  const id = await db.transaction((tx) => insertAccount(tx, account, passwordHash));
  if (!id) throw new AccountExistsError(account.email.trim().toLowerCase());
  return { id };
}

/**
 * Creates the first owner, once. The `owner_created` row and the account are written in one
 * transaction: when two set-ups race only one commits, and a failure leaves set-up open.
 */
export async function createFirstOwner(account: Omit<NewAccount, 'role'>): Promise<'created' | 'closed'> {
  if (await hasAnyAccount()) return 'closed';
  const passwordHash = await hashPassword(account.password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(consoleSetting)
      .values({ key: 'owner_created', value: new Date().toISOString() })
      .onConflictDoNothing()
      .returning();
    if (claimed.length === 0) return 'closed' as const;
    if (!(await insertAccount(tx, { ...account, role: 'admin' }, passwordHash))) throw new AccountExistsError(account.email);
    return 'created' as const;
  });
}

/**
 * DASHBOARD_ADMIN_EMAIL + DASHBOARD_ADMIN_PASSWORD: make sure that account exists, is an admin,
 * is not disabled, and signs in with that password. Safe when several instances start at once.
 */
export async function ensureBootstrapAdmin(config: ConsoleConfig): Promise<void> {
  if (!config.bootstrapAdmin) return;
  const { email, password } = config.bootstrapAdmin;
  const db = await getDb();
  const context = await (await getAuth()).$context;
  const [existing] = await db.select().from(authUser).where(eq(authUser.email, email));
  if (!existing) {
    const passwordHash = await context.password.hash(password);
    await db.transaction(async (tx) => {
      await insertAccount(tx, { email, name: email.split('@')[0] ?? email, password, role: 'admin' }, passwordHash);
      await tx.insert(consoleSetting).values({ key: 'owner_created', value: new Date().toISOString() }).onConflictDoNothing();
    });
    return;
  }
  await db.update(authUser).set({ role: 'admin', banned: false, banReason: null, banExpires: null }).where(eq(authUser.id, existing.id));
  const [credential] = await db.select().from(authAccount).where(eq(authAccount.userId, existing.id));
  if (credential?.password && (await context.password.verify({ hash: credential.password, password }))) return;
  const passwordHash = await context.password.hash(password);
  if (credential) {
    await db.update(authAccount).set({ password: passwordHash, updatedAt: new Date() }).where(eq(authAccount.id, credential.id));
  } else {
    await db.insert(authAccount).values({ id: crypto.randomUUID(), userId: existing.id, accountId: existing.id, providerId: 'credential', password: passwordHash });
  }
}

/** Sessions still alive: not idle-expired, and within the absolute lifetime (session.ts). */
function liveSession(now = Date.now()) {
  const bornAfter = new Date(now - getConfig().sessionMaxHours * 3_600_000);
  return and(gt(authSession.expiresAt, new Date(now)), gt(authSession.createdAt, bornAfter));
}

/** Every console account, oldest first, with their live sessions. Callers check that the viewer is an admin. */
export async function listConsoleUsers(): Promise<ConsoleUserRow[]> {
  const db = await getDb();
  const sessions = db
    .select({
      userId: authSession.userId,
      count: sql<number>`count(*)::int`.as('count'),
      lastActive: sql<Date | string>`max(${authSession.updatedAt})`.as('last_active'),
    })
    .from(authSession)
    .where(liveSession())
    .groupBy(authSession.userId)
    .as('live_sessions');
  const rows = await db
    .select({ user: authUser, count: sessions.count, lastActive: sessions.lastActive })
    .from(authUser)
    .leftJoin(sessions, eq(sessions.userId, authUser.id))
    .orderBy(asc(authUser.createdAt));
  return rows.map(({ user: r, count, lastActive }) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    disabled: !!r.banned,
    createdAt: r.createdAt.toISOString(),
    activeSessions: count ?? 0,
    lastActiveAt: lastActive ? new Date(lastActive).toISOString() : null,
  }));
}

/** How many live sessions a person has besides the one they are using. */
export async function countOtherSessions(userId: string, currentSessionId: string): Promise<number> {
  const db = await getDb();
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(authSession)
    .where(and(eq(authSession.userId, userId), ne(authSession.id, currentSessionId), liveSession()));
  return rows[0]?.n ?? 0;
}
