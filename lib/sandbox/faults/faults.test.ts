import { randomUUID } from 'node:crypto';
import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  AuthenticationError,
  InternalServerError,
  RateLimitError,
} from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import { getSandboxAdminKey } from '../auth';
import { startSandboxHttpServer, type SandboxHttpServer } from '../control/http-server';
import { KIND } from '../model';
import { ensureSandboxSeeded } from '../seed';
import { countObjects, field, listObjects } from '../store';
import { eq } from 'drizzle-orm';

// Every fault mode as the official SDK meets it, over real HTTP piped the way Next pipes.
let handle: DbHandle;
let server: SandboxHttpServer;
let key: string;
beforeAll(async () => {
  handle = await openDb({ memory: true });
  await ensureSandboxSeeded(handle.db);
  server = await startSandboxHttpServer(handle.db);
  key = await getSandboxAdminKey(handle.db);
});
afterAll(async () => {
  await server.close();
  await handle.close();
});

const sdk = (options: { maxRetries?: number; timeout?: number } = {}) =>
  new OpenAI({ adminAPIKey: key, apiKey: null, baseURL: server.baseURL, maxRetries: 0, ...options });
/** Request options asking for a fault, counted under a key of its own. */
const fault = (value: string) => ({ headers: { 'x-sandbox-fault': value, 'x-sandbox-fault-key': randomUUID() } });
const projectsNamed = (name: string) =>
  countObjects(handle.db, { kind: KIND.project, where: eq(field('name'), name) });
const auditEvents = () => countObjects(handle.db, { kind: KIND.auditLog });
const timed = async (run: () => Promise<unknown>) => {
  const started = performance.now();
  const outcome = await run().then(
    (value) => ({ value, error: null }),
    (error: unknown) => ({ value: null, error }),
  );
  return { ...outcome, ms: performance.now() - started };
};

describe('latency', () => {
  it('delays the answer by about the asked time', async () => {
    const { error, ms } = await timed(() => sdk().admin.organization.projects.list({}, fault('latency=400')));
    expect(error).toBeNull();
    expect(ms).toBeGreaterThanOrEqual(395);
    expect(ms).toBeLessThan(1500);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After and the API error body', async () => {
    const error = await sdk()
      .admin.organization.projects.list({}, fault('rate-limit;retry-after=2'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, type: 'requests', code: 'rate_limit_exceeded', param: null });
    expect((error as RateLimitError).headers.get('retry-after')).toBe('2');
  });

  it('is retried by the SDK after Retry-After, and the read succeeds once the fault is spent', async () => {
    const { value, error, ms } = await timed(() =>
      sdk({ maxRetries: 2 }).admin.organization.projects.list({}, fault('rate-limit;retry-after=1;times=1')),
    );
    expect(error).toBeNull();
    expect(value).toBeTruthy();
    expect(ms).toBeGreaterThanOrEqual(990);
  });

  it('fails the first N requests of a key, then lets the rest through', async () => {
    const options = fault('rate-limit;retry-after-ms=50;times=3');
    const client = sdk({ maxRetries: 2 });
    await expect(client.admin.organization.projects.list({}, options)).rejects.toBeInstanceOf(RateLimitError);
    await expect(client.admin.organization.projects.list({}, options)).resolves.toBeTruthy();
  });

  it('aims at one path when given path=', async () => {
    const options = fault('503;path=/organization/invites');
    await expect(sdk().admin.organization.users.list({}, options)).resolves.toBeTruthy();
    await expect(sdk().admin.organization.invites.list({}, options)).rejects.toBeInstanceOf(InternalServerError);
  });
});

describe('server errors', () => {
  it('refuses a mutation with 500 before applying it', async () => {
    const before = await auditEvents();
    const error = await sdk()
      .admin.organization.projects.create({ name: 'Fault 500' }, fault('500'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 500, type: 'server_error' });
    expect(await projectsNamed('Fault 500')).toBe(0);
    expect(await auditEvents()).toBe(before);
  });

  it('answers 502, 503 and 504 with the API error body', async () => {
    for (const status of [502, 503, 504]) {
      const error = await sdk().admin.organization.users.list({}, fault(String(status))).catch((e: unknown) => e);
      expect(error).toMatchObject({ status, type: 'server_error', requestID: expect.stringMatching(/^req_/) });
    }
  });

  it('creates exactly once when the SDK retries a one-shot 503', async () => {
    const created = await sdk({ maxRetries: 2 }).admin.organization.projects.create(
      { name: 'Fault 503 once' },
      fault('503;times=1'),
    );
    expect(created.name).toBe('Fault 503 once');
    expect(await projectsNamed('Fault 503 once')).toBe(1);
  });
});

describe('dropped connections', () => {
  it('reset-after-apply applies the mutation, then the SDK sees a connection error', async () => {
    const error = await sdk()
      .admin.organization.projects.create({ name: 'Fault reset after' }, fault('reset-after-apply'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(await projectsNamed('Fault reset after')).toBe(1);
    const [latest] = await listObjects<{ type: string }>(handle.db, { kind: KIND.auditLog, direction: 'desc', limit: 1 });
    expect(latest?.data.type).toBe('project.created');
  });

  it('shows why mutations must not be retried blindly: a retry after the reset duplicates', async () => {
    await sdk({ maxRetries: 1 })
      .admin.organization.projects.create({ name: 'Fault blind retry' }, fault('reset-after-apply;times=1'))
      .catch(() => undefined);
    expect(await projectsNamed('Fault blind retry')).toBe(2);
  });

  it('reset drops the connection before applying anything', async () => {
    const error = await sdk()
      .admin.organization.projects.create({ name: 'Fault reset before' }, fault('reset'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(await projectsNamed('Fault reset before')).toBe(0);
  });
});

describe('truncated answers', () => {
  it('make the SDK throw rather than return a parsed answer', async () => {
    await expect(sdk().admin.organization.projects.list({}, fault('truncated'))).rejects.toThrow(SyntaxError);
  });

  it('come from applied mutations', async () => {
    await expect(
      sdk().admin.organization.projects.create({ name: 'Fault truncated' }, fault('truncated')),
    ).rejects.toThrow(SyntaxError);
    expect(await projectsNamed('Fault truncated')).toBe(1);
  });
});

describe('stalls', () => {
  it('keeps the headers back until the SDK times out', async () => {
    const { error, ms } = await timed(() =>
      sdk({ timeout: 300 }).admin.organization.projects.list({}, fault('stall')),
    );
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(ms).toBeLessThan(2000);
  });

  it('is bounded: the connection drops after max seconds', async () => {
    const { error, ms } = await timed(() =>
      sdk({ timeout: 10_000 }).admin.organization.projects.create({ name: 'Fault stall' }, fault('stall;max=1')),
    );
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(ms).toBeGreaterThanOrEqual(990);
    expect(await projectsNamed('Fault stall')).toBe(0);
  });

  it('stall-body sends the headers and part of the body, then nothing until it drops', async () => {
    const started = performance.now();
    const response = await fetch(`${server.baseURL}/organization/projects`, {
      headers: { authorization: `Bearer ${key}`, 'x-sandbox-fault': 'stall-body;max=1' },
    });
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(500);
    await expect(response.text()).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('stall-body is ended by the client giving up', async () => {
    const { error, ms } = await timed(() =>
      fetch(`${server.baseURL}/organization/projects`, {
        headers: { authorization: `Bearer ${key}`, 'x-sandbox-fault': 'stall-body' },
        signal: AbortSignal.timeout(300),
      }).then((response) => response.text()),
    );
    expect((error as Error).name).toMatch(/TimeoutError|AbortError/);
    expect(ms).toBeLessThan(2000);
  });
});

describe('what faults never hide', () => {
  it('a wrong key is still 401 and an unknown path still 404', async () => {
    const stranger = new OpenAI({ adminAPIKey: 'sk-admin-not-the-key-at-all-0000', apiKey: null, baseURL: server.baseURL, maxRetries: 0 });
    await expect(stranger.admin.organization.projects.list({}, fault('500'))).rejects.toBeInstanceOf(AuthenticationError);
    const response = await fetch(`${server.baseURL}/organization/no-such-thing`, {
      headers: { authorization: `Bearer ${key}`, 'x-sandbox-fault': '500' },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { message: 'Invalid URL (GET /v1/organization/no-such-thing)' } });
  });

  it('a fault header that does not parse is a 400 that says why', async () => {
    const error = await sdk()
      .admin.organization.projects.list({}, fault('teapot'))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, type: 'invalid_request_error' });
    expect((error as Error).message).toMatch(/Invalid x-sandbox-fault header: Unknown fault "teapot"/);
  });
});
