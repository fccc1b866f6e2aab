import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The real modules (config, database, Better Auth) on a throw-away data folder.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-users-test-'));
vi.stubEnv('DATA_DIR', dataDir);
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));

const { getAuth } = await import('./auth');
const { createAccount, createFirstOwner, listConsoleUsers, countOtherSessions } = await import('./accounts');
const { changeConsoleUser, endSessions, findConsoleUser, setConsoleUserPassword } = await import('./console-user-store');
const { lookupSession } = await import('./session');
const { getDbHandle } = await import('../db');

async function signIn(email: string, password: string): Promise<Headers> {
  const auth = await getAuth();
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  return new Headers({ cookie: headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') });
}

async function signInStatus(email: string, password: string): Promise<string> {
  try {
    await signIn(email, password);
    return 'ok';
  } catch (err) {
    return (err as { status?: string }).status ?? 'error';
  }
}

describe('console user changes', () => {
  let ownerId = '';
  let patId = '';
  beforeAll(async () => {
    await createFirstOwner({ name: 'Owner', email: 'owner@example.com', password: 'owner password 123' });
    ownerId = (await listConsoleUsers())[0]!.id;
    patId = (await createAccount({ name: 'Pat', email: 'pat@example.com', password: 'pat password 1234', role: 'operator' })).id;
  });
  afterAll(async () => {
    await (await getDbHandle()).close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('never leaves the console without an enabled admin', async () => {
    expect(await changeConsoleUser(ownerId, { role: 'viewer' }, 'owner@example.com')).toEqual({ ok: false, problem: expect.stringMatching(/only console admin left/) });
    expect(await changeConsoleUser(ownerId, { disabled: true }, 'owner@example.com')).toMatchObject({ ok: false });
    expect((await findConsoleUser(ownerId))?.role).toBe('admin');

    expect(await changeConsoleUser(patId, { role: 'admin' }, 'owner@example.com')).toEqual({ ok: true });
    expect(await changeConsoleUser(ownerId, { role: 'operator' }, 'pat@example.com')).toEqual({ ok: true });
    expect(await changeConsoleUser(patId, { role: 'viewer' }, 'pat@example.com')).toMatchObject({ ok: false });
    await changeConsoleUser(ownerId, { role: 'admin' }, 'pat@example.com');
    await changeConsoleUser(patId, { role: 'operator' }, 'owner@example.com');
    expect((await findConsoleUser(patId))?.role).toBe('operator');
  });

  it('a role change applies to live sessions at once', async () => {
    const pat = await signIn('pat@example.com', 'pat password 1234');
    expect((await lookupSession(pat)).session?.user.role).toBe('operator');
    await changeConsoleUser(patId, { role: 'viewer' }, 'owner@example.com');
    expect((await lookupSession(pat)).session?.user.role).toBe('viewer');
  });

  it('disabling ends every session and refuses sign-in; enabling lets them back in', async () => {
    const pat = await signIn('pat@example.com', 'pat password 1234');
    expect((await listConsoleUsers()).find((u) => u.id === patId)?.activeSessions).toBeGreaterThan(0);
    expect(await changeConsoleUser(patId, { disabled: true }, 'owner@example.com')).toEqual({ ok: true });
    expect((await lookupSession(pat)).session).toBeNull();
    const listed = (await listConsoleUsers()).find((u) => u.id === patId);
    expect(listed).toMatchObject({ disabled: true, activeSessions: 0, lastActiveAt: null });
    expect(await signInStatus('pat@example.com', 'pat password 1234')).toBe('FORBIDDEN');

    await changeConsoleUser(patId, { disabled: false }, 'owner@example.com');
    expect(await signInStatus('pat@example.com', 'pat password 1234')).toBe('ok');
  });

  it('revoking sessions signs a person out everywhere, and only them', async () => {
    const pat = await signIn('pat@example.com', 'pat password 1234');
    const owner = await signIn('owner@example.com', 'owner password 123');
    await signIn('owner@example.com', 'owner password 123');
    await endSessions(patId);
    expect((await lookupSession(pat)).session).toBeNull();
    const ownerSession = (await lookupSession(owner)).session;
    expect(ownerSession?.user.email).toBe('owner@example.com');
    expect(await countOtherSessions(ownerId, ownerSession!.sessionId)).toBe(1);
  });

  it('a password set by an admin replaces the old one and ends their sessions', async () => {
    const pat = await signIn('pat@example.com', 'pat password 1234');
    await setConsoleUserPassword(patId, 'brand new password 99');
    expect((await lookupSession(pat)).session).toBeNull();
    expect(await signInStatus('pat@example.com', 'pat password 1234')).toBe('UNAUTHORIZED');
    expect(await signInStatus('pat@example.com', 'brand new password 99')).toBe('ok');
  });
});
