import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type OpenAI from 'openai';
import { openTestSandbox, type TestSandbox } from '@/lib/sandbox/test-sandbox';
import { invalidateAfter } from './directory';
import { clearAll } from './shared-cache';

// The route's own parts, with a session that tests switch on and off and the sandbox as upstream.
const state = vi.hoisted(() => ({ signedIn: true, client: null as OpenAI | null, reads: 0 }));
vi.mock('../auth/session', () => ({
  lookupSession: async () => ({ session: state.signedIn ? { user: { id: 'u1', role: 'viewer' } } : null, setCookies: [] }),
}));
vi.mock('../openai', () => ({
  getUpstreamClient: async () => {
    if (!state.client) throw new Error('no sandbox yet');
    return state.client;
  },
}));

const { handleProjectsRequest } = await import('./projects-handler');

interface Answer {
  data: { id: string; name: string; status: string }[];
  total: number;
  counts: { active: number; archived: number; all: number };
  has_more: boolean;
  last_id: string | null;
  as_of: number;
  error?: { code: string; message: string; param: string | null };
}

async function get(search: string): Promise<{ status: number; body: Answer }> {
  const response = await handleProjectsRequest(new Request(`http://console.test/api/directory/projects${search}`));
  return { status: response.status, body: (await response.json()) as Answer };
}

describe('GET /api/directory/projects against the sandbox', () => {
  let sandbox: TestSandbox;
  beforeAll(async () => {
    sandbox = await openTestSandbox();
    // Count what reaches upstream: the SDK's fetch, wrapped.
    state.client = sandbox.client.withOptions({
      fetch: (url, init) => {
        state.reads++;
        return fetch(url, init);
      },
    });
    clearAll();
  });
  afterAll(() => sandbox.close());

  it('refuses a request without a session, reading nothing', async () => {
    state.signedIn = false;
    try {
      const { status, body } = await get('');
      expect(status).toBe(401);
      expect(body.error?.code).toBe('unauthenticated');
    } finally {
      state.signedIn = true;
    }
    expect(state.reads).toBe(0);
  });

  it('refuses bad input with a 400 naming the parameter, before reading upstream', async () => {
    for (const [search, param] of [['?status=gone', 'status'], ['?limit=5000', 'limit'], ['?after=../x', 'after']] as const) {
      const { status, body } = await get(search);
      expect(status).toBe(400);
      expect(body.error).toMatchObject({ code: 'invalid_request', param });
    }
    expect(state.reads).toBe(0);
  });

  it('answers one page with counts and its age, then the next page from the cache', async () => {
    const first = await get('?status=all&limit=3');
    expect(first.status).toBe(200);
    expect(first.body.data).toHaveLength(3);
    expect(first.body.counts.all).toBe(first.body.total);
    expect(first.body.counts.archived).toBeGreaterThan(0);
    expect(Math.abs(first.body.as_of - Date.now() / 1000)).toBeLessThan(60);
    const reads = state.reads;
    expect(reads).toBeGreaterThan(0); // the counter sees upstream reads (so the zeros above mean something)
    const second = await get(`?status=all&limit=3&after=${first.body.last_id}`);
    expect(second.body.data.map((p) => p.id)).not.toContain(first.body.data[0]?.id);
    expect(state.reads).toBe(reads);
  });

  it('shows a project created, renamed and archived through the console at once', async () => {
    const project = await sandbox.org.projects.create({ name: 'Handler test Zebra' });
    invalidateAfter('projects.create'); // what the admin proxy does after the change
    expect((await get('')).body.data[0]).toMatchObject({ id: project.id, name: 'Handler test Zebra' });

    await sandbox.org.projects.update(project.id, { name: 'Handler test Yak' });
    invalidateAfter('projects.update', { project_id: project.id });
    const found = await get('?q=HANDLER%20TEST');
    expect(found.body.data.map((p) => p.name)).toEqual(['Handler test Yak']);

    await sandbox.org.projects.archive(project.id);
    invalidateAfter('projects.archive', { project_id: project.id });
    const after = await get('?q=handler test');
    expect(after.body.data).toEqual([]);
    expect(after.body.counts).toEqual({ active: 0, archived: 1, all: 1 });
    expect((await get('?status=archived&q=handler test')).body.data[0]?.status).toBe('archived');
  });
});
