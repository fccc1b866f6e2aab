import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CODE_INTERPRETER_PER_SESSION,
  FILE_SEARCH_PER_CALL,
  GIB,
  IMAGE_PRICES,
  SPEECH_PER_MILLION_CHARACTERS,
  TIER_MULTIPLIER,
  TOKEN_PRICES,
  TRANSCRIPTION_PER_SECOND,
  VECTOR_STORAGE_PER_GIB_DAY,
  WEB_SEARCH_PER_CALL,
} from './prices';
import { DAY, dayStart, openSandbox, totals, usageCall, type ResultJson, type Sandbox, type UsageQuery } from './test-support';
import type { UsageTypeName } from './types';

// Costs follow usage: recomputed here from the usage endpoints' answers and the price table.
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await openSandbox();
});
afterAll(() => sandbox.close());

const n = (value: unknown) => Number(value ?? 0);
const price = <T,>(table: Readonly<Record<string, T>>, key: unknown): T => {
  const found = table[String(key)];
  if (found === undefined) throw new Error(`No price for ${String(key)}`);
  return found;
};

/** USD a usage result costs, per type (results grouped finely enough to know the price). */
const COST_OF: Partial<Record<UsageTypeName, [string[], (r: ResultJson) => number]>> = {
  completions: [['model', 'batch', 'service_tier'], (r) => {
    const p = price(TOKEN_PRICES, r.model);
    const m = price(TIER_MULTIPLIER, r.batch === true ? 'batch' : r.service_tier) / 1e6;
    const input = n(r.input_text_tokens) + n(r.input_image_tokens) + n(r.input_cache_write_tokens);
    const cached = n(r.input_cached_text_tokens) + n(r.input_cached_image_tokens);
    const audio = n(r.input_audio_tokens) * (p.audioInput ?? 0) + n(r.output_audio_tokens) * (p.audioOutput ?? 0);
    return m * (input * p.input + cached * p.cachedInput + n(r.output_text_tokens) * p.output + audio);
  }],
  embeddings: [['model'], (r) => (n(r.input_tokens) * price(TOKEN_PRICES, r.model).input) / 1e6],
  images: [['model', 'size'], (r) => n(r.images) * price(price(IMAGE_PRICES, r.model), r.size)],
  audio_speeches: [['model'], (r) => (n(r.characters) * price(SPEECH_PER_MILLION_CHARACTERS, r.model)) / 1e6],
  audio_transcriptions: [['model'], (r) => n(r.seconds) * price(TRANSCRIPTION_PER_SECOND, r.model)],
  web_search_calls: [['context_level'], (r) => n(r.num_requests) * price(WEB_SEARCH_PER_CALL, r.context_level)],
  file_search_calls: [[], (r) => n(r.num_requests) * FILE_SEARCH_PER_CALL],
  code_interpreter_sessions: [[], (r) => n(r.num_sessions) * CODE_INTERPRETER_PER_SESSION],
  vector_stores: [[], (r) => (n(r.usage_bytes) / GIB) * VECTOR_STORAGE_PER_GIB_DAY],
};

async function usageCost(query: UsageQuery): Promise<number> {
  let sum = 0;
  for (const [type, [group_by, cost]] of Object.entries(COST_OF) as [UsageTypeName, [string[], (r: ResultJson) => number]][]) {
    const page = await usageCall(sandbox.client, type, { ...query, group_by });
    for (const result of page.data.flatMap((b) => b.results)) sum += cost(result);
  }
  return sum;
}

describe('costs', () => {
  it.each([2, 9, 30])('are the usage of a day times the price table (%i days ago)', async (daysAgo) => {
    const query = { start_time: dayStart(daysAgo), end_time: dayStart(daysAgo - 1) };
    const costs = await usageCall(sandbox.client, 'costs', query);
    expect(costs.data).toHaveLength(1);
    const billed = totals(costs.data).amount ?? 0;
    expect(billed).toBeGreaterThan(10);
    expect(billed).toBeCloseTo(await usageCost(query), 6);
  });

  it('for one project are that project\'s usage times the prices', async () => {
    const query = { start_time: dayStart(4), end_time: dayStart(3) };
    const byProject = (await usageCall(sandbox.client, 'costs', { ...query, group_by: ['project_id'] })).data[0]?.results ?? [];
    const amountOf = (r: ResultJson) => n((r.amount as { value?: number } | undefined)?.value);
    const top = [...byProject].sort((a, b) => amountOf(b) - amountOf(a))[0];
    const projectId = String(top?.project_id);
    const filtered = await usageCall(sandbox.client, 'costs', { ...query, project_ids: [projectId] });
    const amount = totals(filtered.data).amount ?? 0;
    expect(amount).toBeCloseTo(top ? amountOf(top) : -1, 8);
    expect(amount).toBeCloseTo(await usageCost({ ...query, project_ids: [projectId] }), 6);
  });

  it('group into line items, projects and keys that add up to the total', async () => {
    const query = { start_time: dayStart(10), end_time: dayStart(3) };
    const plain = (await usageCall(sandbox.client, 'costs', query)).data.map((b) => totals([b]).amount ?? 0);
    for (const group_by of [['line_item'], ['project_id'], ['api_key_id'], ['project_id', 'line_item', 'api_key_id']]) {
      const grouped = (await usageCall(sandbox.client, 'costs', { ...query, group_by })).data;
      grouped.forEach((bucket, i) => expect(totals([bucket]).amount ?? 0).toBeCloseTo(plain[i] ?? 0, 6));
    }
  });

  it('report line item quantities equal to the usage they bill', async () => {
    const query = { start_time: dayStart(5), end_time: dayStart(4) };
    const items = (await usageCall(sandbox.client, 'costs', { ...query, group_by: ['line_item'] })).data[0]?.results ?? [];
    const quantity = (name: string) => n(items.find((r) => r.line_item === name)?.quantity);
    const usage = await usageCall(sandbox.client, 'completions', { ...query, group_by: ['model', 'batch', 'service_tier'], models: ['gpt-5'] });
    const plain = usage.data[0]?.results.find((r) => r.batch === false && r.service_tier === 'default');
    expect(quantity('gpt-5, output')).toBe(n(plain?.output_text_tokens));
    expect(quantity('gpt-5, cached input')).toBe(n(plain?.input_cached_tokens));
    const files = await usageCall(sandbox.client, 'file_search_calls', query);
    expect(quantity('file search tool calls')).toBe(n(files.data[0]?.results[0]?.num_requests));
    expect(items.find((r) => r.line_item === 'gpt-5, output')?.quantity_unit).toBe('tokens');
  });

  it('cover 180 days in one page', async () => {
    const page = await usageCall(sandbox.client, 'costs', { start_time: dayStart(180), limit: 180 });
    expect(page.data).toHaveLength(180);
    expect(page.has_more).toBe(true);
    expect(page.data.every((b) => b.results.length === 1)).toBe(true);
    expect(page.data[179]?.end_time).toBe(dayStart(0));
    expect(DAY).toBe(86_400);
  });
});
