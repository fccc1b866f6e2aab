import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InsightAnswer, Measures } from '@/lib/insights/types';
import { openTestSandbox, type TestSandbox } from '@/lib/sandbox/test-sandbox';
import { usageBucket } from '../db/schema';
import { mapUpstreamError } from '../proxy/upstream-errors';
import { clearAll } from '../directory/shared-cache';
import { forgetHot } from './hot';
import { DEFAULT_SETTINGS, readInsight } from './engine';
import { resolveNames } from './names';
import { parseInsightQuery } from './query';
import { settledWrites } from './store';

// The engine against the sandbox over HTTP, through the official SDK, as in production.

const DAY = 86_400;
const HOUR = 3_600;

let sandbox: TestSandbox;
let key: string;
beforeAll(async () => {
  sandbox = await openTestSandbox();
  key = sandbox.client.adminAPIKey ?? '';
});
afterAll(async () => {
  await settledWrites();
  await sandbox.close();
});

/** Empty store, no names: each test starts cold. */
beforeEach(async () => {
  await settledWrites();
  await sandbox.handle.db.delete(usageBucket);
  clearAll();
  forgetHot();
});

interface Counted {
  client: OpenAI;
  /** Requests to usage and costs endpoints (paths containing /usage/ or /costs). */
  usage: () => number;
  all: () => number;
}

function counted(headers: Record<string, string> = {}): Counted {
  let usage = 0;
  let all = 0;
  const client = new OpenAI({
    adminAPIKey: key,
    apiKey: null,
    organization: null,
    project: null,
    baseURL: sandbox.server.baseURL,
    maxRetries: 0,
    defaultHeaders: headers,
    fetch: (url, init) => {
      all++;
      if (/\/organization\/(usage\/|costs)/.test(String(url))) usage++;
      return fetch(url, init);
    },
  });
  return { client, usage: () => usage, all: () => all };
}

const view = (c: Counted, kind: 'usage' | 'costs', search: string, now = Math.floor(Date.now() / 1000)) =>
  readInsight(c.client, sandbox.handle.db, parseInsightQuery(kind, new URLSearchParams(search), now), DEFAULT_SETTINGS, now);

function sumOfBuckets(a: InsightAnswer): Measures {
  const out: Measures = {};
  for (const b of a.buckets) for (const m of Object.values(b.values)) for (const [k, v] of Object.entries(m)) out[k] = (out[k] ?? 0) + v;
  return out;
}

interface Page {
  data: { start_time: number; results: Record<string, unknown>[] }[];
  has_more: boolean;
  next_page: string | null;
}

/** What a plain script gets: every page, one after another. */
async function direct(call: (q: Record<string, unknown>) => Promise<Page>, query: Record<string, unknown>) {
  const buckets: Page['data'] = [];
  let page: string | null = null;
  do {
    const answer: Page = await call(page ? { ...query, page } : query);
    buckets.push(...answer.data);
    page = answer.has_more ? answer.next_page : null;
  } while (page);
  return buckets;
}

describe('totals equal what the API answers for the same query', () => {
  it('costs, 90 days by project: each project and the total', async () => {
    const today = Math.floor(Date.now() / 1000 / DAY) * DAY;
    const start = today - 90 * DAY;
    const answer = await view(counted(), 'costs', `start=${start}&end=${today}&group_by=project_id&top=50`);
    const buckets = await direct((q) => sandbox.org.usage.costs(q as never) as never, { start_time: start, end_time: today, group_by: ['project_id'], limit: 30 });
    const byProject = new Map<string, number>();
    for (const b of buckets)
      for (const r of b.results) byProject.set(String(r.project_id), (byProject.get(String(r.project_id)) ?? 0) + Number((r.amount as { value: number }).value));
    expect(answer.buckets).toHaveLength(90);
    expect(answer.series.map((s) => s.key).sort()).toEqual([...byProject.keys()].sort());
    for (const s of answer.series) expect(s.totals.amount).toBeCloseTo(byProject.get(s.key) ?? -1, 6);
    const total = [...byProject.values()].reduce((a, b) => a + b, 0);
    expect(answer.totals.amount).toBeCloseTo(total, 6);
    expect(answer.totals.amount).toBeCloseTo(sumOfBuckets(answer).amount ?? -1, 9);
    expect(answer.currency).toBe('usd');
  });

  it('completions, 30 days hourly by project and model: every measure, and bucket by bucket', async () => {
    const end = Math.floor(Date.now() / 1000 / HOUR) * HOUR - 3 * HOUR;
    const start = end - 30 * DAY;
    const answer = await view(counted(), 'usage', `type=completions&start=${start}&end=${end}&width=1h&group_by=project_id&group_by=model&top=50`);
    const buckets = await direct((q) => sandbox.org.usage.completions(q as never) as never, {
      start_time: start,
      end_time: end,
      bucket_width: '1h',
      limit: 100,
      group_by: ['project_id', 'model'],
    });
    expect(answer.buckets.map((b) => b.start)).toEqual(buckets.map((b) => b.start_time));
    for (const measure of answer.measures) {
      const total = buckets.reduce((sum, b) => sum + b.results.reduce((s, r) => s + Number(r[measure] ?? 0), 0), 0);
      expect(answer.totals[measure]).toBe(total);
    }
    expect(answer.totals).toEqual(sumOfBuckets(answer));
    const tenth = buckets[10];
    const drawn = Object.values(answer.buckets[10]?.values ?? {}).reduce((s, m) => s + (m.input_tokens ?? 0), 0);
    expect(drawn).toBe(tenth?.results.reduce((s, r) => s + Number(r.input_tokens), 0));
  });
});

describe('windows and the bucket store', () => {
  it('fetches a range in windows of one page each, in parallel, and keeps them', async () => {
    const c = counted();
    const end = Math.floor(Date.now() / 1000 / DAY) * DAY - 5 * DAY;
    const first = await view(c, 'usage', `type=embeddings&start=${end - 100 * DAY}&end=${end}&group_by=project_id`);
    expect(c.usage()).toBe(4); // 31 + 31 + 31 + 7 days
    expect(first.source).toMatchObject({ upstream_requests: expect.any(Number), cached_buckets: 0, fetched_buckets: 100 });
    const again = await view(c, 'usage', `type=embeddings&start=${end - 100 * DAY}&end=${end}&group_by=project_id`);
    expect(c.usage()).toBe(4);
    expect(again.source).toEqual({ upstream_requests: 0, cached_buckets: 100, fetched_buckets: 0 });
    expect(again.totals).toEqual(first.totals);
  });

  it('never reads closed buckets again, from memory or (after a restart) from the database', async () => {
    const c = counted();
    const end = Math.floor(Date.now() / 1000 / HOUR) * HOUR - 2 * DAY;
    const search = `type=completions&start=${end - 7 * DAY}&end=${end}&width=1h&group_by=model`;
    const first = await view(c, 'usage', search);
    expect(c.usage()).toBe(1);
    await settledWrites();
    clearAll(); // forgets names and what memory holds, as a new process would
    forgetHot();
    const later = await view(c, 'usage', search, Math.floor(Date.now() / 1000) + 3 * DAY);
    expect(c.usage()).toBe(1);
    expect(later.source).toMatchObject({ cached_buckets: 168, fetched_buckets: 0 });
    expect(later.totals).toEqual(first.totals);
  });

  it('reads open buckets again once they are due, and only them, in one request', async () => {
    const c = counted();
    const now = Math.floor(Date.now() / 1000);
    const search = `type=completions&start=${now - 2 * DAY}&end=${now}&width=1h`;
    await view(c, 'usage', search, now);
    expect(c.usage()).toBe(1);
    // Within a minute: served as read.
    expect((await view(c, 'usage', search, now + 30)).source.upstream_requests).toBe(0);
    // Later: the buckets that ended less than USAGE_OPEN_BUCKET_SECONDS before they were read.
    const due = await view(c, 'usage', search, now + DEFAULT_SETTINGS.refreshSeconds + 1);
    expect(c.usage()).toBe(2);
    const open = Math.ceil((now - (Math.floor((now - DEFAULT_SETTINGS.openSeconds) / HOUR) * HOUR)) / HOUR);
    expect(due.source.fetched_buckets).toBeGreaterThanOrEqual(open - 1);
    expect(due.source.fetched_buckets).toBeLessThanOrEqual(open + 1);
    expect(due.source.cached_buckets + due.source.fetched_buckets).toBe(due.buckets.length);
  });

  it('a wider range reuses what it has and fetches only the rest', async () => {
    const c = counted();
    const end = Math.floor(Date.now() / 1000 / DAY) * DAY - 3 * DAY;
    await view(c, 'costs', `start=${end - 20 * DAY}&end=${end}&group_by=line_item`);
    const wider = await view(c, 'costs', `start=${end - 60 * DAY}&end=${end}&group_by=line_item`);
    expect(c.usage()).toBe(2);
    expect(wider.source).toMatchObject({ cached_buckets: 20, fetched_buckets: 40, upstream_requests: 1 });
  });
});

describe('upstream failures', () => {
  it('a 429 is told as the admin proxy tells it; the windows that arrived are kept for the next try', async () => {
    const faulty = counted({ 'x-sandbox-fault': 'rate-limit;retry-after=7;times=1', 'x-sandbox-fault-key': `engine-429-${Date.now()}` });
    const end = Math.floor(Date.now() / 1000 / DAY) * DAY - 4 * DAY;
    const search = `type=audio_speeches&start=${end - 93 * DAY}&end=${end}&group_by=model`;
    const failure = await view(faulty, 'usage', search).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(OpenAI.RateLimitError);
    expect(mapUpstreamError(failure, false, { name: 'The sandbox organization', host: 'sandbox' })).toMatchObject({
      status: 429,
      error: { code: 'rate_limited', retry_after_seconds: 7, message: expect.stringContaining('Try again in 7 s') },
    });
    expect(faulty.usage()).toBe(3);
    await settledWrites();
    const retry = counted();
    const answer = await view(retry, 'usage', search);
    expect(retry.usage()).toBe(1);
    expect(answer.source).toMatchObject({ cached_buckets: 62, fetched_buckets: 31 });
  });
});

describe('many viewers', () => {
  it('identical concurrent requests share one fetch', async () => {
    const c = counted();
    const end = Math.floor(Date.now() / 1000 / DAY) * DAY - 2 * DAY;
    const search = `type=moderations&start=${end - 60 * DAY}&end=${end}&group_by=model`;
    const answers = await Promise.all([view(c, 'usage', search), view(c, 'usage', search), view(c, 'usage', search)]);
    expect(c.usage()).toBe(2);
    expect(answers[1]?.totals).toEqual(answers[0]?.totals);
    expect(answers[2]?.series).toEqual(answers[0]?.series);
  });
});

describe('names', () => {
  it('a key deleted after its usage was read is still shown, as a deleted key', async () => {
    const c = counted();
    const end = Math.floor(Date.now() / 1000 / DAY) * DAY - 2 * DAY;
    const search = `type=completions&start=${end - 14 * DAY}&end=${end}&group_by=api_key_id&top=50`;
    const before = await view(c, 'usage', search);
    const named = before.series.filter((s) => s.key !== 'unattributed' && !s.gone);
    expect(named.length).toBeGreaterThan(3);
    expect(named.every((s) => !s.label.startsWith('key_'))).toBe(true);
    // A key a person owns (a service account's goes with its service account).
    const projects = await sandbox.org.projects.list({ limit: 100 });
    let victim: { id: string; project: string } | null = null;
    for (const project of projects.data) {
      for await (const k of sandbox.org.projects.apiKeys.list(project.id, { owner_project_access: 'any' }))
        if (k.owner.type === 'user' && named.some((s) => s.key === k.id)) victim ??= { id: k.id, project: project.id };
      if (victim) break;
    }
    if (!victim) throw new Error('no user-owned key with usage');
    await sandbox.org.projects.apiKeys.delete(victim.id, { project_id: victim.project });
    clearAll();
    const after = await view(c, 'usage', search);
    const gone = after.series.find((s) => s.key === victim.id);
    expect(gone).toMatchObject({ label: `deleted key …${victim.id.slice(-4)}`, gone: true });
    expect(gone?.totals).toEqual(before.series.find((s) => s.key === victim.id)?.totals);
    expect(after.series.find((s) => s.key === 'unattributed')?.label).toBe('Unattributed');
  });

  it("reads keys only of the projects whose keys appear", async () => {
    const end = Math.floor(Date.now() / 1000 / DAY) * DAY - 2 * DAY;
    const projects = (await sandbox.org.projects.list({ limit: 100 })).data.filter((p) => p.status === 'active');
    const one = projects[0]?.id ?? '';
    let keyLists = 0;
    const spy = new OpenAI({
      adminAPIKey: key,
      apiKey: null,
      baseURL: sandbox.server.baseURL,
      maxRetries: 0,
      fetch: (url, init) => {
        if (String(url).includes('/api_keys')) keyLists++;
        return fetch(url, init);
      },
    });
    const answer = await readInsight(
      spy,
      sandbox.handle.db,
      parseInsightQuery('usage', new URLSearchParams(`type=completions&start=${end - 7 * DAY}&end=${end}&group_by=api_key_id&project_ids=${one}`), end),
    );
    expect(answer.series.length).toBeGreaterThan(0);
    expect(keyLists).toBe(1);
  });

  it('ids that name nothing any more are told as gone, never dropped', async () => {
    const c = counted();
    const project = (await sandbox.org.projects.list({ limit: 1 })).data[0]?.id ?? '';
    const names = await resolveNames(
      c.client,
      {
        projects: new Set([project, 'proj_removedLongAgo0001']),
        users: new Set(['user-departedPerson42']),
        keys: new Map<string, string | null>([
          ['key_rotatedAwayAb12', project],
          ['key_somewhereCd34', null],
        ]),
      },
      { requests: 0 },
    );
    expect(names.projects.get(project)).toMatchObject({ gone: false });
    expect(names.projects.get('proj_removedLongAgo0001')).toEqual({ label: 'deleted project …0001', gone: true });
    expect(names.users.get('user-departedPerson42')).toEqual({ label: 'departed user …on42', gone: true });
    expect(names.keys.get('key_rotatedAwayAb12')).toEqual({ label: 'deleted key …Ab12', gone: true });
    expect(names.keys.get('key_somewhereCd34')).toEqual({ label: 'key …Cd34', gone: false });
  });

  it('users by name', async () => {
    const c = counted();
    const end = Math.floor(Date.now() / 1000 / DAY) * DAY - 2 * DAY;
    const answer = await view(c, 'usage', `type=completions&start=${end - 7 * DAY}&end=${end}&group_by=user_id&top=50`);
    const users = new Map((await sandbox.org.users.list({ limit: 100 })).data.map((u) => [u.id, u]));
    expect(answer.series.filter((s) => users.has(s.key)).length).toBeGreaterThan(2);
    for (const s of answer.series) {
      if (s.key === 'unattributed') continue;
      const user = users.get(s.key);
      expect(s.label).toBe(user?.name || user?.email);
    }
  });

  it('names only the series drawn, not those summed into "other"', async () => {
    const end = Math.floor(Date.now() / 1000 / DAY) * DAY - 2 * DAY;
    let keyLists = 0;
    const spy = new OpenAI({
      adminAPIKey: key,
      apiKey: null,
      baseURL: sandbox.server.baseURL,
      maxRetries: 0,
      fetch: (url, init) => {
        if (String(url).includes('/api_keys')) keyLists++;
        return fetch(url, init);
      },
    });
    const search = `type=completions&start=${end - 7 * DAY}&end=${end}&group_by=api_key_id&top=1`;
    const answer = await readInsight(spy, sandbox.handle.db, parseInsightQuery('usage', new URLSearchParams(search), end));
    expect(answer.series.at(-1)?.key).toBe('other');
    expect(keyLists).toBe(1); // the one kept key's project
  });

  it('a project list that cannot be read leaves short labels, and the chart still draws', async () => {
    const faulty = counted({ 'x-sandbox-fault': '503;path=/organization/projects;method=GET', 'x-sandbox-fault-key': `names-503-${Date.now()}` });
    const end = Math.floor(Date.now() / 1000 / DAY) * DAY - 2 * DAY;
    const answer = await view(faulty, 'usage', `type=completions&start=${end - 7 * DAY}&end=${end}&group_by=project_id`);
    const named = answer.series.filter((s) => s.key !== 'unattributed' && s.key !== 'other');
    expect(named.length).toBeGreaterThan(0);
    for (const s of named) expect(s).toMatchObject({ label: `project …${s.key.slice(-4)}` });
    expect(named.every((s) => !s.gone)).toBe(true);
  });
});
