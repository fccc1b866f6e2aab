import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/admin/match';
import { OPERATIONS, OPERATIONS_BY_NAME } from '@/lib/admin/operations';
import { handleAdminRequest, type ProxyDeps } from '../proxy/pipeline';
import { signInIsFresh, staleSignInProblem } from './fresh-sign-in';

const ORIGIN = 'http://console.test';
const NOW = Date.parse('2026-11-23T12:00:00Z');
const minutesAgo = (m: number) => new Date(NOW - m * 60_000);
const op = (name: string) => OPERATIONS_BY_NAME.get(name)!;

describe('fresh sign-in rule', () => {
  it('a sign-in counts as recent for the window, and not a moment longer', () => {
    expect(signInIsFresh(minutesAgo(0), 10, NOW)).toBe(true);
    expect(signInIsFresh(minutesAgo(9.99), 10, NOW)).toBe(true);
    expect(signInIsFresh(minutesAgo(10), 10, NOW)).toBe(false);
    expect(signInIsFresh(minutesAgo(600), 10, NOW)).toBe(false);
    // A sign-in time in the future (a clock gone wrong) is not trusted.
    expect(signInIsFresh(minutesAgo(-5), 10, NOW)).toBe(false);
  });

  it('marks exactly the most destructive operations', () => {
    const marked = OPERATIONS.filter((o) => o.freshSignIn).map((o) => o.name).sort();
    expect(marked).toEqual(['adminAPIKeys.delete', 'certificates.delete', 'projects.apiKeys.delete', 'users.delete', 'users.update']);
  });

  it('a change of organization role needs it; other user updates do not', () => {
    const update = op('users.update');
    expect(staleSignInProblem(update, { role: 'reader' }, minutesAgo(30), 10, NOW)).toMatch(/confirm your password/);
    expect(staleSignInProblem(update, { role_id: 'role_x' }, minutesAgo(30), 10, NOW)).not.toBeNull();
    expect(staleSignInProblem(update, { technical_level: 'high' }, minutesAgo(30), 10, NOW)).toBeNull();
  });

  it('says what was asked and that nothing changed', () => {
    expect(staleSignInProblem(op('certificates.delete'), undefined, minutesAgo(11), 10, NOW)).toBe(
      'To delete a certificate, confirm your password: you signed in more than 10 minutes ago. Nothing was changed.',
    );
    expect(staleSignInProblem(op('certificates.delete'), undefined, minutesAgo(9), 10, NOW)).toBeNull();
    expect(staleSignInProblem(op('projects.archive'), undefined, minutesAgo(600), 10, NOW)).toBeNull();
  });
});

describe('the proxy enforces it before anything is journalled or sent', () => {
  const match = createMatcher(OPERATIONS);
  function setup(signedInAt: Date) {
    const counts = { db: 0, upstream: 0 };
    const deps: ProxyDeps = {
      match,
      lookupSession: async () => ({ session: { user: { id: 'u1', email: 'pat@example.com', name: 'Pat', role: 'admin' }, sessionId: 's1', signedInAt }, setCookies: [] }),
      getDb: async () => {
        counts.db++;
        throw new Error('the journal would be written here');
      },
      getClient: async () => {
        counts.upstream++;
        throw new Error('upstream would be called here');
      },
      allowedOrigins: [ORIGIN],
      freshSignInMinutes: 10,
      upstream: { name: 'OpenAI', host: 'api.openai.test' },
    };
    return { counts, deps };
  }
  const call = (deps: ProxyDeps, method: string, path: string, body?: unknown) =>
    handleAdminRequest(
      new Request(`${ORIGIN}/api/admin${path}`, { method, headers: { origin: ORIGIN, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }),
      path.split('/').filter(Boolean),
      deps,
    );

  it.each([
    ['DELETE', '/organization/certificates/cert_abc'],
    ['DELETE', '/organization/admin_api_keys/key_abc'],
    ['DELETE', '/organization/projects/proj_abc/api_keys/key_abc'],
    ['DELETE', '/organization/users/user_abc'],
    ['POST', '/organization/users/user_abc', { role: 'reader' }],
  ])('%s %s with a stale sign-in → 403 reauth_required', async (method, path, body?: unknown) => {
    const { counts, deps } = setup(new Date(Date.now() - 11 * 60_000));
    const response = await call(deps, method, path, body);
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatchObject({ code: 'reauth_required', message: expect.stringMatching(/confirm your password/) });
    expect(counts).toEqual({ db: 0, upstream: 0 });
  });

  it('a recent sign-in goes on to the journal', async () => {
    const { counts, deps } = setup(new Date(Date.now() - 60_000));
    const response = await call(deps, 'DELETE', '/organization/certificates/cert_abc');
    expect(response.status).toBe(503);
    expect(counts.db).toBe(1);
  });

  it('other changes need no recent sign-in', async () => {
    const { counts, deps } = setup(new Date(Date.now() - 600 * 60_000));
    await call(deps, 'POST', '/organization/projects/proj_abc/archive', {});
    expect(counts.db).toBe(1);
  });
});
