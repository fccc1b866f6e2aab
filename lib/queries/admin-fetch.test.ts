import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleFetch, readAllPages } from './admin-fetch';

/** Answers each GET with the next of `pages`, recording the URLs asked. */
function stubPages(pages: object[]) {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(url);
      const body = pages[urls.length - 1] ?? { data: [], has_more: false };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return urls;
}

afterEach(() => vi.unstubAllGlobals());

describe('readAllPages', () => {
  it('follows last_id cursors to the end, with the limit and the list’s own query', async () => {
    const urls = stubPages([
      { data: [{ id: 'a' }, { id: 'b' }], has_more: true, last_id: 'b' },
      { data: [{ id: 'c' }], has_more: false, last_id: 'c' },
    ]);
    const items = await readAllPages<{ id: string }>('/organization/invites', 100, undefined, { emails: ['x@y.z'] });
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(urls).toEqual([
      '/api/admin/organization/invites?emails%5B%5D=x%40y.z&limit=100',
      '/api/admin/organization/invites?emails%5B%5D=x%40y.z&limit=100&after=b',
    ]);
  });

  it('follows next cursors (groups and roles lists), else the last item’s id', async () => {
    const urls = stubPages([
      { data: [{ id: 'g1' }], has_more: true, next: 'cursor-1' },
      { data: [{ id: 'g2' }], has_more: true, next: null },
      { data: [{ id: 'g3' }], has_more: false, next: null },
    ]);
    const items = await readAllPages<{ id: string }>('/organization/groups', 1000);
    expect(items.map((i) => i.id)).toEqual(['g1', 'g2', 'g3']);
    expect(urls.map((u) => new URL(u, 'http://x').searchParams.get('after'))).toEqual([null, 'cursor-1', 'g2']);
  });

  it('stops when a cursor does not move or a page is empty, rather than loop', async () => {
    const urls = stubPages([
      { data: [{ id: 'a' }], has_more: true, last_id: 'a' },
      { data: [{ id: 'a' }], has_more: true, last_id: 'a' },
      { data: [{ id: 'never' }], has_more: false },
    ]);
    expect((await readAllPages<{ id: string }>('/organization/certificates', 100)).map((i) => i.id)).toEqual(['a', 'a']);
    expect(urls).toHaveLength(2);
    stubPages([{ data: [], has_more: true, last_id: 'z' }]);
    expect(await readAllPages('/organization/certificates', 100)).toEqual([]);
  });
});

/** Answers each request with the next of `answers` (status, error code, Retry-After seconds), counting them. */
function stubAnswers(answers: { status: number; code?: string; wait?: number }[]) {
  let sent = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      const { status, code, wait } = answers[sent++] ?? { status: 200 };
      const body = status === 200 ? { id: 'proj_1' } : { error: { code, message: `refused (${code})`, retry_after_seconds: wait ?? null } };
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return () => sent;
}

describe('consoleFetch pacing', () => {
  afterEach(() => vi.useRealTimers());

  it('waits out the console’s own per-person change limit and sends again (nothing was sent upstream)', async () => {
    vi.useFakeTimers();
    const sent = stubAnswers([{ status: 429, code: 'change_rate_limited', wait: 2 }, { status: 200 }]);
    const answer = consoleFetch('/api/admin/organization/projects', { method: 'POST', body: { name: 'x' } });
    await vi.advanceTimersByTimeAsync(1_900);
    expect(sent()).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(answer).resolves.toEqual({ id: 'proj_1' });
    expect(sent()).toBe(2);
  });

  it('never repeats a change after upstream’s own 429, and gives up after three waits', async () => {
    const upstream = stubAnswers([{ status: 429, code: 'rate_limited', wait: 1 }]);
    await expect(consoleFetch('/api/admin/organization/projects', { method: 'POST', body: {} })).rejects.toMatchObject({ code: 'rate_limited' });
    expect(upstream()).toBe(1);

    vi.useFakeTimers();
    const limited = { status: 429, code: 'change_rate_limited', wait: 1 };
    const sent = stubAnswers([limited, limited, limited, limited, { status: 200 }]);
    const answer = consoleFetch('/api/admin/organization/projects', { method: 'POST', body: {} });
    const settled = expect(answer).rejects.toMatchObject({ code: 'change_rate_limited' });
    await vi.advanceTimersByTimeAsync(5_000);
    await settled;
    expect(sent()).toBe(4);
  });
});
