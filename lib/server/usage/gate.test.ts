import type OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '../db/client';
import { usageBucket } from '../db/schema';
import { clearAll } from '../directory/shared-cache';
import { forgetHot } from './hot';
import { readInsight } from './engine';
import { gateLoad, UPSTREAM_SLOTS } from '../upstream-gate';
import { parseInsightQuery } from './query';
import { settledWrites } from './store';

// The engine under the upstream gate (lib/server/upstream-gate.ts) with a stand-in upstream: how many requests are in flight, paging inside a window.

const DAY = 86_400;
const END = Math.floor(Date.now() / 1000 / DAY) * DAY - 10 * DAY;

let handle: DbHandle;
beforeAll(async () => {
  handle = await openDb({ memory: true });
});
afterAll(async () => {
  await settledWrites();
  await handle.close();
});
beforeEach(async () => {
  await settledWrites();
  await handle.db.delete(usageBucket);
  clearAll();
  forgetHot();
});

interface Query {
  start_time: number;
  end_time: number;
  limit: number;
  page?: string;
}

/** An upstream whose completions endpoint answers after `ms`, counting what is in flight at once. */
function fakeUpstream(ms: number, pagesPerWindow = 1) {
  const seen = { requests: 0, inFlight: 0, most: 0 };
  const completions = async (q: Query) => {
    seen.requests++;
    seen.inFlight++;
    seen.most = Math.max(seen.most, seen.inFlight);
    await new Promise((resolve) => setTimeout(resolve, ms));
    seen.inFlight--;
    const part = q.page ? Number(q.page.slice(5)) : 0;
    const data = Array.from({ length: q.limit }, (_, i) => ({
      object: 'bucket',
      start_time: q.start_time + i * DAY,
      end_time: q.start_time + (i + 1) * DAY,
      // Each page carries one part of every bucket's results, as upstream may split many groups.
      results: [{ object: 'organization.usage.completions.result', model: `m${part}`, input_tokens: 10, output_tokens: 1, num_model_requests: 1 }],
    }));
    const more = part + 1 < pagesPerWindow;
    return { object: 'page', data, has_more: more, next_page: more ? `page_${part + 1}` : null };
  };
  const client = { admin: { organization: { usage: { completions } } } } as unknown as OpenAI;
  return { client, seen };
}

const view = (client: OpenAI, search: string) =>
  readInsight(client, handle.db, parseInsightQuery('usage', new URLSearchParams(search), END), undefined, END);

describe('the engine under the upstream gate', () => {
  it(`never has more than ${UPSTREAM_SLOTS} usage requests in flight, however many views ask at once`, async () => {
    const { client, seen } = fakeUpstream(30);
    // Three different views of 400 days (13 windows each) at once.
    await Promise.all(
      ['model', 'project_id', 'user_id'].map((group) => view(client, `type=completions&start=${END - 400 * DAY}&end=${END}&group_by=${group}`)),
    );
    expect(seen.requests).toBe(39);
    expect(seen.most).toBe(UPSTREAM_SLOTS);
    expect(gateLoad()).toEqual({ active: 0, waiting: 0 });
  });

});

describe('a window upstream still pages', () => {
  it('follows next_page inside the window and joins the parts of each bucket', async () => {
    const { client, seen } = fakeUpstream(1, 3);
    const answer = await view(client, `type=completions&start=${END - 10 * DAY}&end=${END}&group_by=model`);
    expect(seen.requests).toBe(3);
    expect(answer.series.map((s) => s.key)).toEqual(['m0', 'm1', 'm2']);
    expect(answer.totals.input_tokens).toBe(3 * 10 * 10);
    expect(answer.buckets.every((b) => Object.keys(b.values).length === 3)).toBe(true);
  });
});
