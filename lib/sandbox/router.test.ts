import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@/lib/server/db/client';
import { OPERATIONS, OPERATIONS_BY_NAME } from '@/lib/admin/operations';
import { getSandboxAdminKey } from './auth';
import { HANDLERS } from './handlers';
import { sandboxDisabledResponse } from './response';
import { SANDBOX_DEFAULT_PROJECT_ID, SANDBOX_ORGANIZATION_ID } from './seed';
import { sandboxCall, type SandboxCall } from './test-server';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openDb({ memory: true });
});
afterAll(() => handle.close());

const call = (c: SandboxCall) => sandboxCall(handle.db, c);
const errorOf = (json: unknown) =>
  (json as { error: { message: string; type: string; param: string | null; code: string | null } })
    .error;

describe('sandbox admin key', () => {
  it('is generated once, looks like an admin key, and stays the same', async () => {
    const key = await getSandboxAdminKey(handle.db);
    expect(key).toMatch(/^sk-admin-[A-Za-z0-9_-]{48}$/);
    expect(await getSandboxAdminKey(handle.db)).toBe(key);
  });
});

describe('every response', () => {
  it('carries the API headers', async () => {
    const { status, headers } = await call({ path: '/organization/projects' });
    expect(status).toBe(200);
    expect(headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/);
    expect(headers.get('openai-organization')).toBe(SANDBOX_ORGANIZATION_ID);
    expect(headers.get('openai-processing-ms')).toMatch(/^\d+$/);
    expect(headers.get('content-type')).toBe('application/json');
  });

  it('gives each response its own request id, errors included', async () => {
    const a = await call({ path: '/organization/projects' });
    const b = await call({ path: '/organization/nope' });
    expect(b.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });
});

describe('authentication', () => {
  it('answers 401 without a key', async () => {
    const { status, json, headers } = await call({ path: '/organization/projects', key: null });
    expect(status).toBe(401);
    expect(errorOf(json)).toMatchObject({ type: 'invalid_request_error', param: null, code: null });
    expect(errorOf(json).message).toMatch(/^You didn't provide an API key/);
    expect(headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('answers 401 invalid_api_key for a wrong key, masking it', async () => {
    const wrong = 'sk-admin-wrongwrongwrongwrongWXYZ';
    const { status, json } = await call({ path: '/organization/projects', key: wrong });
    expect(status).toBe(401);
    expect(errorOf(json)).toMatchObject({
      type: 'invalid_request_error',
      code: 'invalid_api_key',
      param: null,
    });
    expect(errorOf(json).message).toMatch(/^Incorrect API key provided: sk-admin-\*+WXYZ\./);
    expect(errorOf(json).message).not.toContain('wrongwrong');
  });
});

describe('routing', () => {
  it('answers an unknown route with 404 Invalid URL', async () => {
    const { status, json } = await call({ path: '/organization/nope' });
    expect(status).toBe(404);
    expect(errorOf(json)).toEqual({
      message: 'Invalid URL (GET /v1/organization/nope)',
      type: 'invalid_request_error',
      param: null,
      code: null,
    });
  });

  it('answers a method the path does not take with 405 and Allow', async () => {
    const { status, headers } = await call({ method: 'PUT', path: '/organization/projects' });
    expect(status).toBe(405);
    expect(headers.get('allow')).toBe('GET, POST');
  });

  it('answers an unknown id with a 404 naming it', async () => {
    const { status, json } = await call({ path: '/organization/projects/proj_doesnotexist' });
    expect(status).toBe(404);
    expect(errorOf(json).message).toContain("'proj_doesnotexist'");
    expect(errorOf(json).type).toBe('invalid_request_error');
  });

  it('refuses a malformed path id with a 400 naming the parameter', async () => {
    const { status, json } = await call({
      path: `/organization/projects/${encodeURIComponent('bad id!')}`,
    });
    expect(status).toBe(400);
    expect(errorOf(json).param).toBe('project_id');
  });

  it('emulates every operation of the registry (none would answer 501)', () => {
    const missing = OPERATIONS.filter((operation) => !HANDLERS[operation.name]).map((o) => `${o.method} ${o.path}`);
    expect(missing).toEqual([]);
    expect(Object.keys(HANDLERS).filter((name) => !OPERATIONS_BY_NAME.has(name))).toEqual([]);
  });
});

describe('request validation', () => {
  it('refuses malformed JSON with a 400', async () => {
    const { status, json } = await call({
      method: 'POST',
      path: '/organization/projects',
      rawBody: '{"name": ',
    });
    expect(status).toBe(400);
    expect(errorOf(json).message).toMatch(/could not parse the JSON body/);
  });

  it('refuses an invalid body with a 400 naming the field', async () => {
    const { status, json } = await call({
      method: 'POST',
      path: '/organization/projects',
      body: { name: '' },
    });
    expect(status).toBe(400);
    expect(errorOf(json)).toMatchObject({ type: 'invalid_request_error', param: 'name' });
  });

  it('says which required field is missing', async () => {
    const { status, json } = await call({
      method: 'POST',
      path: '/organization/projects',
      body: {},
    });
    expect(status).toBe(400);
    expect(errorOf(json)).toMatchObject({
      message: "Missing required parameter: 'name'.",
      param: 'name',
    });
  });

  it('names the field for a wrong type and an unsupported value', async () => {
    const wrongType = await call({
      method: 'POST',
      path: '/organization/projects',
      body: { name: 42 },
    });
    expect(wrongType.status).toBe(400);
    expect(errorOf(wrongType.json).param).toBe('name');
    const user = await call({ path: '/organization/users?limit=1' });
    const id = (user.json as { data: { id: string }[] }).data[0]?.id;
    const badRole = await call({
      method: 'POST',
      path: `/organization/users/${id}`,
      body: { role: 'admin' },
    });
    expect(badRole.status).toBe(400);
    expect(errorOf(badRole.json)).toMatchObject({
      param: 'role',
      message: "Invalid value: 'admin'. Supported values are: 'owner' and 'reader'.",
    });
  });

  it('refuses a body that is not a JSON object', async () => {
    const { status } = await call({ method: 'POST', path: '/organization/projects', body: ['x'] });
    expect(status).toBe(400);
  });

  it('reads repeated and bracketed query keys as arrays', async () => {
    const page = await call({ path: '/organization/users?limit=2' });
    const [a, b] = (page.json as { data: { email: string }[] }).data;
    const bracketed = await call({
      path: `/organization/users?emails[]=${a?.email}&emails[]=${b?.email}`,
    });
    expect((bracketed.json as { data: unknown[] }).data).toHaveLength(2);
    const repeated = await call({
      path: `/organization/users?emails=${a?.email}&emails=${b?.email}`,
    });
    expect((repeated.json as { data: unknown[] }).data).toHaveLength(2);
  });

  it('names the parameter when a query value is not one it takes', async () => {
    const { status, json } = await call({ path: '/organization/projects?include_archived=maybe' });
    expect(status).toBe(400);
    expect(errorOf(json)).toMatchObject({
      param: 'include_archived',
      message: "Invalid value: 'maybe'. Supported values are: 'true' and 'false'.",
    });
  });

  it('uses the default project id it was seeded with', async () => {
    const { json } = await call({ path: `/organization/projects/${SANDBOX_DEFAULT_PROJECT_ID}` });
    expect(json).toMatchObject({ name: 'Default project', status: 'active' });
  });
});

describe('when the sandbox is switched off', () => {
  it('answers an API-shaped 404', async () => {
    const response = sandboxDisabledResponse();
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(errorOf(await response.json()).message).toMatch(/not enabled/);
  });
});
