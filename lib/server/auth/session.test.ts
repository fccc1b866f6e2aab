import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// The real modules (config, database, Better Auth) on a throw-away data folder.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-session-test-'));
vi.stubEnv('DATA_DIR', dataDir);
vi.stubEnv('SESSION_IDLE_MINUTES', '60');
vi.stubEnv('SESSION_MAX_HOURS', '8');
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));

const { getAuth } = await import('./auth');
const { createAccount, createFirstOwner } = await import('./accounts');
const { lookupSession } = await import('./session');
const { getDbHandle } = await import('../db');
const { authSession } = await import('../db/schema');

async function signInCookie(email: string, password: string): Promise<Headers> {
  const auth = await getAuth();
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return new Headers({ cookie });
}

describe('console sessions', () => {
  beforeAll(async () => {
    expect(await createFirstOwner({ name: 'Owner', email: 'owner@example.com', password: 'owner password 123' })).toBe('created');
    await createAccount({ name: 'Vic', email: 'vic@example.com', password: 'viewer password 123', role: 'viewer' });
  });
  afterAll(async () => {
    await (await getDbHandle()).close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('set-up creates the owner as an admin once, and is closed afterwards', async () => {
    expect(await createFirstOwner({ name: 'Second', email: 'second@example.com', password: 'second password 1' })).toBe('closed');
    const { session } = await lookupSession(await signInCookie('owner@example.com', 'owner password 123'));
    expect(session?.user).toMatchObject({ email: 'owner@example.com', role: 'admin' });
  });

  it('knows the person and role behind a cookie, and nobody without one', async () => {
    const { session } = await lookupSession(await signInCookie('vic@example.com', 'viewer password 123'));
    expect(session?.user).toMatchObject({ email: 'vic@example.com', role: 'viewer', name: 'Vic' });
    expect((await lookupSession(new Headers())).session).toBeNull();
    expect((await lookupSession(new Headers({ cookie: 'console.session_token=forged.value' }))).session).toBeNull();
  });

  it('ends a session left unused past the idle timeout', async () => {
    const headers = await signInCookie('vic@example.com', 'viewer password 123');
    const { session } = await lookupSession(headers);
    const { db } = await getDbHandle();
    await db.update(authSession).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(authSession.id, session!.sessionId));
    expect((await lookupSession(headers)).session).toBeNull();
  });

  it('ends a session past its absolute lifetime even while in use, and deletes it', async () => {
    const headers = await signInCookie('vic@example.com', 'viewer password 123');
    const { session } = await lookupSession(headers);
    const { db } = await getDbHandle();
    await db.update(authSession).set({ createdAt: new Date(Date.now() - 9 * 3_600_000) }).where(eq(authSession.id, session!.sessionId));
    expect((await lookupSession(headers)).session).toBeNull();
    expect(await db.select().from(authSession).where(eq(authSession.id, session!.sessionId))).toHaveLength(0);
  });

  describe('with the clock controlled', () => {
    const T0 = Date.parse('2026-11-23T09:00:00Z');
    const minutes = (m: number) => T0 + m * 60_000;
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(T0);
    });
    afterEach(() => vi.useRealTimers());
    const rows = async (id: string) => (await getDbHandle()).db.select().from(authSession).where(eq(authSession.id, id));

    it('idle: kept alive by use, ended and deleted after 60 minutes without any, saying so', async () => {
      const headers = await signInCookie('vic@example.com', 'viewer password 123');
      const id = (await lookupSession(headers)).session!.sessionId;
      vi.setSystemTime(minutes(55));
      expect((await lookupSession(headers)).session?.sessionId).toBe(id);
      // 55 + 59 minutes: more than an hour after sign-in, less than an hour after the last use.
      vi.setSystemTime(minutes(114));
      expect((await lookupSession(headers)).session?.sessionId).toBe(id);
      vi.setSystemTime(minutes(114 + 61));
      const lookup = await lookupSession(headers);
      expect(lookup.session).toBeNull();
      expect(lookup.ended).toEqual({ reason: 'idle', message: 'Your session ended after 60 minutes without activity. Sign in again.' });
      expect(await rows(id)).toHaveLength(0);
      // Replayed afterwards: simply no session.
      const replay = await lookupSession(headers);
      expect(replay.session).toBeNull();
      expect(replay.ended).toBeUndefined();
    });

    it('absolute: ended 8 hours after sign-in though used all along, and deleted', async () => {
      const headers = await signInCookie('vic@example.com', 'viewer password 123');
      const id = (await lookupSession(headers)).session!.sessionId;
      for (let m = 30; m <= 8 * 60; m += 30) {
        vi.setSystemTime(minutes(m));
        expect((await lookupSession(headers)).session?.sessionId).toBe(id);
      }
      vi.setSystemTime(minutes(8 * 60 + 1));
      const lookup = await lookupSession(headers);
      expect(lookup.session).toBeNull();
      expect(lookup.ended?.reason).toBe('lifetime');
      expect(lookup.ended?.message).toBe('Your session ended 8 hours after you signed in; sessions last at most that long. Sign in again.');
      expect(await rows(id)).toHaveLength(0);
    });

    it('the sign-in time is what the fresh-sign-in rule reads', async () => {
      const headers = await signInCookie('vic@example.com', 'viewer password 123');
      vi.setSystemTime(minutes(20));
      expect((await lookupSession(headers)).session?.signedInAt.getTime()).toBe(T0);
    });
  });

  it('refuses an account with an unknown role (deny by default)', async () => {
    const headers = await signInCookie('vic@example.com', 'viewer password 123');
    const { session } = await lookupSession(headers);
    const { db } = await getDbHandle();
    const { authUser } = await import('../db/schema');
    await db.update(authUser).set({ role: 'superuser' }).where(eq(authUser.id, session!.user.id));
    expect((await lookupSession(headers)).session).toBeNull();
    await db.update(authUser).set({ role: 'viewer' }).where(eq(authUser.id, session!.user.id));
  });
});
