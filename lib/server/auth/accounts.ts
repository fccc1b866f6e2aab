import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { ConsoleUserRow } from '@/lib/admin/console-users';
import type { ConsoleRole } from '@/lib/admin/operation';
import type { ConsoleConfig } from '../config';
import { getDb } from '../db';
import { authAccount, authUser, consoleSetting } from '../db/schema';
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

/** Creates a console account with a password (sign-up is closed; this is the only way in). */
export async function createAccount(account: NewAccount): Promise<{ id: string }> {
  const auth = await getAuth();
  const context = await auth.$context;
  const email = account.email.trim().toLowerCase();
  if (await context.internalAdapter.findUserByEmail(email, { includeAccounts: false })) throw new AccountExistsError(email);
  const user = await context.internalAdapter.createUser({
    email,
    name: account.name.trim(),
    role: account.role,
    emailVerified: true,
  }, { method: 'admin' });
  await context.internalAdapter.linkAccount({
    userId: user.id,
    providerId: 'credential',
    accountId: user.id,
    password: await context.password.hash(account.password),
  });
  return { id: user.id };
}

/**
 * Creates the first owner, once. The `owner_created` row is the lock: when two set-ups race,
 * only the one that inserts it goes on.
 */
export async function createFirstOwner(account: Omit<NewAccount, 'role'>): Promise<'created' | 'closed'> {
  const db = await getDb();
  if (await hasAnyAccount()) return 'closed';
  const claimed = await db
    .insert(consoleSetting)
    .values({ key: 'owner_created', value: new Date().toISOString() })
    .onConflictDoNothing()
    .returning();
  if (claimed.length === 0) return 'closed';
  await createAccount({ ...account, role: 'admin' });
  return 'created';
}

/**
 * DASHBOARD_ADMIN_EMAIL + DASHBOARD_ADMIN_PASSWORD: make sure that account exists, is an admin,
 * is not disabled, and signs in with that password.
 */
export async function ensureBootstrapAdmin(config: ConsoleConfig): Promise<void> {
  if (!config.bootstrapAdmin) return;
  const { email, password } = config.bootstrapAdmin;
  const db = await getDb();
  const [existing] = await db.select().from(authUser).where(eq(authUser.email, email));
  if (!existing) {
    await createAccount({ email, name: email.split('@')[0] ?? email, password, role: 'admin' });
    await db.insert(consoleSetting).values({ key: 'owner_created', value: new Date().toISOString() }).onConflictDoNothing();
    return;
  }
  await db.update(authUser).set({ role: 'admin', banned: false, banReason: null, banExpires: null }).where(eq(authUser.id, existing.id));
  const context = await (await getAuth()).$context;
  const [credential] = await db.select().from(authAccount).where(eq(authAccount.userId, existing.id));
  const matches = credential?.password ? await context.password.verify({ hash: credential.password, password }) : false;
  if (matches) return;
  const hash = await context.password.hash(password);
  if (credential) {
    await db.update(authAccount).set({ password: hash, updatedAt: new Date() }).where(eq(authAccount.id, credential.id));
  } else {
    await context.internalAdapter.linkAccount({ userId: existing.id, providerId: 'credential', accountId: existing.id, password: hash });
  }
}

/** Every console account, oldest first. Callers check that the viewer is an admin. */
export async function listConsoleUsers(): Promise<ConsoleUserRow[]> {
  const rows = await (await getDb()).select().from(authUser).orderBy(asc(authUser.createdAt));
  return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, role: r.role, disabled: !!r.banned, createdAt: r.createdAt.toISOString() }));
}
