import { BadRequestError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIND, type ProjectObject } from '../model';
import { listObjects } from '../store';
import { DAY, dayStart, openSandbox, totals, usageCall, type Sandbox } from './test-support';
import type { UsageTypeName } from './types';
import { USAGE_TYPES } from './usage-types';

// Every usage endpoint and costs through the official SDK: shapes, limits, pages, history.
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await openSandbox();
});
afterAll(() => sandbox.close());

const TYPES = Object.keys(USAGE_TYPES) as UsageTypeName[];
const MEASURE_FIELDS: Record<UsageTypeName, string[]> = {
  completions: ['input_tokens', 'input_cached_tokens', 'output_tokens', 'input_audio_tokens', 'output_audio_tokens', 'num_model_requests'],
  embeddings: ['input_tokens', 'num_model_requests'],
  moderations: ['input_tokens', 'num_model_requests'],
  images: ['images', 'num_model_requests'],
  audio_speeches: ['characters', 'num_model_requests'],
  audio_transcriptions: ['seconds', 'num_model_requests'],
  vector_stores: ['usage_bytes'],
  code_interpreter_sessions: ['num_sessions'],
  file_search_calls: ['num_requests'],
  web_search_calls: ['num_requests', 'num_model_requests'],
};

describe('usage endpoints through the SDK', () => {
  it.each(TYPES)('%s answers a page of daily buckets with the right result shape', async (type) => {
    const start = dayStart(7);
    const page = await usageCall(sandbox.client, type, { start_time: start, end_time: dayStart(0) });
    expect(page).toMatchObject({ object: 'page', has_more: false, next_page: null });
    expect(page.data).toHaveLength(7);
    page.data.forEach((bucket, i) => {
      expect(bucket).toMatchObject({ object: 'bucket', start_time: start + i * DAY, end_time: start + (i + 1) * DAY });
    });
    const results = page.data.flatMap((b) => b.results);
    expect(results.length).toBeGreaterThan(0);
    const spec = USAGE_TYPES[type];
    for (const result of results) {
      expect(result.object).toBe(spec.resultObject);
      for (const field of MEASURE_FIELDS[type]) expect(Number.isInteger(result[field])).toBe(true);
      // Ungrouped: every dimension is there, and null.
      for (const dim of spec.dims) expect(result[dim]).toBeNull();
    }
  });

  it('answers costs with amounts in usd, grouped by project and line item', async () => {
    const page = await usageCall(sandbox.client, 'costs', { start_time: dayStart(3), group_by: ['project_id', 'line_item'] });
    expect(page.data).toHaveLength(4);
    const results = page.data.flatMap((b) => b.results);
    expect(results.length).toBeGreaterThan(20);
    for (const result of results) {
      expect(result).toMatchObject({ object: 'organization.costs.result', api_key_id: null, amount: { currency: 'usd' } });
      expect(result.project_id).toMatch(/^proj_/);
      expect(typeof result.line_item).toBe('string');
      expect(typeof result.quantity).toBe('number');
    }
    const items = new Set(results.map((r) => String(r.line_item)));
    for (const item of ['gpt-5, input', 'gpt-5, cached input', 'gpt-5, output', 'file search tool calls', 'vector store storage'])
      expect(items).toContain(item);
    const plain = await usageCall(sandbox.client, 'costs', { start_time: dayStart(1), limit: 1 });
    expect(plain.data[0]?.results).toEqual([
      expect.objectContaining({ line_item: null, project_id: null, api_key_id: null, quantity: null, quantity_unit: null }),
    ]);
  });

  it('gives the same answer to the same request', async () => {
    const query = { start_time: dayStart(20), end_time: dayStart(2), bucket_width: '1h', limit: 168, group_by: ['project_id', 'model'] };
    const first = await usageCall(sandbox.client, 'completions', query);
    expect(await usageCall(sandbox.client, 'completions', query)).toEqual(first);
    const costs = { start_time: dayStart(40), end_time: dayStart(1), limit: 180, group_by: ['line_item'] };
    expect(await usageCall(sandbox.client, 'costs', costs)).toEqual(await usageCall(sandbox.client, 'costs', costs));
  });

  it('walks a range page by page without gaps or overlaps', async () => {
    const start = dayStart(4);
    const end = dayStart(1);
    const starts: number[] = [];
    const buckets = [];
    let page = await usageCall(sandbox.client, 'completions', { start_time: start, end_time: end, bucket_width: '1h', limit: 10 });
    for (;;) {
      buckets.push(...page.data);
      starts.push(...page.data.map((b) => b.start_time));
      if (!page.has_more) break;
      expect(page.next_page).toMatch(/^page_/);
      page = await usageCall(sandbox.client, 'completions', {
        start_time: start, end_time: end, bucket_width: '1h', limit: 10, page: page.next_page,
      });
    }
    expect(page.next_page).toBeNull();
    expect(starts).toEqual(Array.from({ length: 72 }, (_, i) => start + i * 3600));
    const daily = await usageCall(sandbox.client, 'completions', { start_time: start, end_time: end });
    expect(totals(buckets)).toEqual(totals(daily.data));
  });

  it.each([
    ['1d', 31],
    ['1h', 168],
    ['1m', 1440],
  ] as const)('limits %s buckets to %i per page, 400 beyond', async (bucket_width, max) => {
    const ok = await usageCall(sandbox.client, 'completions', { start_time: dayStart(40), bucket_width, limit: max });
    expect(ok.data).toHaveLength(max);
    const refused = usageCall(sandbox.client, 'completions', { start_time: dayStart(40), bucket_width, limit: max + 1 });
    await expect(refused).rejects.toBeInstanceOf(BadRequestError);
    await expect(refused).rejects.toMatchObject({ status: 400, param: 'limit' });
  });

  it('uses the documented default limits', async () => {
    const start = dayStart(40);
    const counts = await Promise.all(
      (['1d', '1h', '1m'] as const).map(async (bucket_width) => (await usageCall(sandbox.client, 'embeddings', { start_time: start, bucket_width })).data.length),
    );
    expect(counts).toEqual([7, 24, 60]);
    expect((await usageCall(sandbox.client, 'costs', { start_time: start })).data).toHaveLength(7);
    expect((await usageCall(sandbox.client, 'costs', { start_time: start - 200 * DAY, limit: 180 })).data).toHaveLength(180);
  });

  it('refuses what the API refuses', async () => {
    const start = dayStart(5);
    const refusals: [UsageTypeName | 'costs', Record<string, unknown>, string][] = [
      ['costs', { limit: 181 }, 'limit'],
      ['costs', { bucket_width: '1h' }, 'bucket_width'],
      ['completions', { end_time: start }, 'end_time'],
      ['completions', { page: 'page_nonsense' }, 'page'],
      ['completions', { group_by: ['size'] }, 'group_by'],
      ['vector_stores', { group_by: ['model'] }, 'group_by'],
    ];
    for (const [type, extra, param] of refusals)
      await expect(usageCall(sandbox.client, type, { start_time: start, ...extra })).rejects.toMatchObject({ status: 400, param: expect.stringContaining(param) });
  });

  it('has 90+ days of history up to the current minute, the current bucket partial', async () => {
    const now = Math.floor(Date.now() / 1000);
    const days = [];
    for (let daysAgo = 92; daysAgo >= 0; daysAgo -= 31) {
      const page = await usageCall(sandbox.client, 'completions', { start_time: dayStart(daysAgo, now), limit: 31 });
      days.push(...page.data);
    }
    expect(days.length).toBe(93);
    for (const bucket of days) expect(bucket.results.length).toBe(1);
    const last = days.at(-1);
    expect(last?.start_time).toBeLessThanOrEqual(now);
    expect(last?.end_time).toBeGreaterThan(now);
    const minutes = await usageCall(sandbox.client, 'completions', { start_time: now - 3600, bucket_width: '1m' });
    expect(minutes.data.filter((b) => b.results.length > 0).length).toBeGreaterThan(45);
    const future = await usageCall(sandbox.client, 'completions', { start_time: now + 3600, bucket_width: '1m' });
    expect(future.data).toEqual([]);
  });

  it('attributes usage to existing projects, and archived ones only before archiving', async () => {
    const projects = (await listObjects<ProjectObject>(sandbox.handle.db, { kind: KIND.project, direction: 'asc', limit: 2000 })).map((p) => p.data);
    const page = await usageCall(sandbox.client, 'completions', { start_time: dayStart(30), limit: 31, group_by: ['project_id'] });
    const seen = new Set(page.data.flatMap((b) => b.results.map((r) => r.project_id)));
    const ids = new Set(projects.map((p) => p.id));
    for (const id of seen) expect(ids.has(String(id))).toBe(true);
    for (const project of projects.filter((p) => p.archived_at !== null)) {
      const after = Math.ceil((project.archived_at ?? 0) / DAY) * DAY;
      const later = await usageCall(sandbox.client, 'completions', { start_time: after, limit: 31, project_ids: [project.id] });
      expect(later.data.every((b) => b.results.length === 0)).toBe(true);
    }
  });
});
