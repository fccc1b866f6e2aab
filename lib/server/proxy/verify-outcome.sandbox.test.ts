import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/admin/match';
import { OPERATIONS } from '@/lib/admin/operations';
import { collect, openTestSandbox, type TestSandbox } from '@/lib/sandbox/test-sandbox';
import { journalEntry } from '../db/schema';
import { handleAdminRequest, type ProxyDeps } from './pipeline';

// A change whose answer is lost (the sandbox drops the connection before or after applying it) is
// answered with what re-reading the organization showed, and journaled with that outcome.

const ORIGIN = 'http://console.test';
const match = createMatcher(OPERATIONS);
let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await openTestSandbox();
});
afterAll(async () => {
  await sandbox?.close();
});

/** The proxy, with every `method` request upstream meeting `fault` (reads are left alone). */
function deps(fault: string | null): ProxyDeps {
  return {
    match,
    lookupSession: async () => ({ session: { user: { id: 'u1', email: 'pat@example.com', name: 'Pat', role: 'admin' }, sessionId: 's1', signedInAt: new Date() }, setCookies: [] }),
    getDb: async () => sandbox.handle.db,
    getClient: async () => (fault ? sandbox.client.withOptions({ defaultHeaders: { 'x-sandbox-fault': fault } }) : sandbox.client),
    allowedOrigins: [ORIGIN],
    upstream: { name: 'The sandbox organization', host: 'sandbox.test' },
    freshSignInMinutes: 10,
  };
}

async function send(method: 'POST' | 'DELETE', path: string, body: unknown, fault: string | null) {
  const request = new Request(`${ORIGIN}/api/admin${path}`, {
    method,
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify(body ?? {}),
  });
  const response = await handleAdminRequest(request, path.split('/').filter(Boolean), deps(fault));
  return { status: response.status, error: ((await response.json()) as { error: Record<string, unknown> }).error };
}

const lastJournal = async () => (await sandbox.handle.db.select().from(journalEntry).orderBy(desc(journalEntry.id)).limit(1))[0];
const projectsNamed = async (name: string) => (await collect(sandbox.org.projects.list({ limit: 100 }))).filter((p) => p.name === name);
const unique = () => Math.random().toString(36).slice(2, 8);

describe('a create whose answer is lost', () => {
  it('reset after applying: the project was created, once, and the journal says so with its id', async () => {
    const name = `verify-applied-${unique()}`;
    const { status, error } = await send('POST', '/organization/projects', { name }, 'reset-after-apply;method=POST');
    const [created, ...more] = await projectsNamed(name);
    expect(more).toHaveLength(0);
    expect(status).toBe(502);
    expect(error).toMatchObject({ code: 'outcome_unknown', outcome: 'applied', target: { id: created?.id, name } });
    expect(error.message).toBe(`The connection dropped after the change was sent. The console re-read the projects: the project ‘${name}’ was created.`);
    expect(await lastJournal()).toMatchObject({ outcome: 'succeeded', resultIds: { id: created?.id }, errorMessage: error.message });
  });

  it('reset before applying: the project was not created, and the journal says it failed', async () => {
    const name = `verify-not-applied-${unique()}`;
    const { error } = await send('POST', '/organization/projects', { name }, 'reset;method=POST');
    expect(await projectsNamed(name)).toHaveLength(0);
    expect(error).toMatchObject({ code: 'outcome_unknown', outcome: 'not_applied' });
    expect(error.message).toContain(`the project ‘${name}’ was not created; try again`);
    expect(await lastJournal()).toMatchObject({ outcome: 'failed' });
  });

  it('a service account created without its key reaching the console is reported as such', async () => {
    const project = await sandbox.org.projects.create({ name: `verify-sa-${unique()}` });
    const name = `bot-${unique()}`;
    const { error } = await send('POST', `/organization/projects/${project.id}/service_accounts`, { name }, 'reset-after-apply;method=POST');
    const accounts = (await collect(sandbox.org.projects.serviceAccounts.list(project.id))).filter((a) => a.name === name);
    expect(accounts).toHaveLength(1);
    expect(error).toMatchObject({ outcome: 'applied', secret_lost: true, target: { id: accounts[0]?.id, name } });
  });
});

describe('an update whose answer is lost', () => {
  it('applied: the project has the name sent; not applied: it keeps its name', async () => {
    const project = await sandbox.org.projects.create({ name: `verify-update-${unique()}` });
    const renamed = `${project.name}-renamed`;
    const applied = await send('POST', `/organization/projects/${project.id}`, { name: renamed }, 'reset-after-apply;method=POST');
    expect(applied.error).toMatchObject({ outcome: 'applied', target: { id: project.id, name: renamed } });
    expect(applied.error.message).toContain('now has what you sent');
    expect((await sandbox.org.projects.retrieve(project.id)).name).toBe(renamed);

    const lost = await send('POST', `/organization/projects/${project.id}`, { name: `${renamed}-again` }, 'reset;method=POST');
    expect(lost.error).toMatchObject({ outcome: 'not_applied' });
    expect(lost.error.message).toContain('the change was not applied, try again');
    expect((await sandbox.org.projects.retrieve(project.id)).name).toBe(renamed);
    expect(await lastJournal()).toMatchObject({ outcome: 'failed' });
  });
});

describe('a delete whose answer is lost', () => {
  it('not applied: the service account is still there; applied: it is gone', async () => {
    const project = await sandbox.org.projects.create({ name: `verify-delete-${unique()}` });
    const account = await sandbox.org.projects.serviceAccounts.create(project.id, { name: `bot-${unique()}` });
    const path = `/organization/projects/${project.id}/service_accounts/${account.id}`;

    const kept = await send('DELETE', path, undefined, 'reset;method=DELETE');
    expect(kept.error).toMatchObject({ outcome: 'not_applied' });
    expect(kept.error.message).toContain('is still there; try again');
    await expect(sandbox.org.projects.serviceAccounts.retrieve(account.id, { project_id: project.id })).resolves.toMatchObject({ id: account.id });

    const gone = await send('DELETE', path, undefined, 'reset-after-apply;method=DELETE');
    expect(gone.error).toMatchObject({ outcome: 'applied' });
    expect(gone.error.message).toContain('was deleted');
    await expect(sandbox.org.projects.serviceAccounts.retrieve(account.id, { project_id: project.id })).rejects.toMatchObject({ status: 404 });
    expect(await lastJournal()).toMatchObject({ outcome: 'succeeded' });
  });
});

describe('a change that cannot be read back', () => {
  it('says so: outcome unknown, journaled as unknown', async () => {
    const { error } = await send('POST', '/organization/certificates/activate', { certificate_ids: ['cert_missing'] }, '503;method=POST');
    expect(error).toMatchObject({ code: 'outcome_unknown', outcome: 'unknown' });
    expect(error.message).toContain('answered with an error (503) after the change was sent');
    expect(error.message).toContain('Reload to check before trying again');
    expect(await lastJournal()).toMatchObject({ outcome: 'unknown' });
  });
});
