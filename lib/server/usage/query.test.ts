import { describe, expect, it } from 'vitest';
import { OPERATIONS_BY_NAME } from '@/lib/admin/operations';
import { COSTS_INFO, USAGE_TYPE_INFO } from '@/lib/insights/catalogue';
import { USAGE_TYPES } from '@/lib/insights/types';
import { InsightQueryError, parseInsightQuery } from './query';
import { upstreamSpec } from './spec';

const NOW = 1_767_225_600;
const S = NOW - 86_400;
const usage = (query: string) => parseInsightQuery('usage', new URLSearchParams(query), NOW);
const costs = (query: string) => parseInsightQuery('costs', new URLSearchParams(query), NOW);
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (err) {
    if (err instanceof InsightQueryError) return { message: err.message, param: err.param };
    throw err;
  }
  throw new Error('not refused');
};

describe('the catalogue agrees with the registry', () => {
  const schemaOf = (operation: string) => {
    const schema = OPERATIONS_BY_NAME.get(operation)?.query;
    if (!schema) throw new Error(`no ${operation}`);
    return schema;
  };
  it.each([...USAGE_TYPES.map((type) => [type, USAGE_TYPE_INFO[type]] as const), ['costs', COSTS_INFO] as const])(
    '%s: every group_by and filter it lists is one the API operation takes, and nothing else groups',
    (_, info) => {
      const schema = schemaOf(info.operation);
      for (const group of info.groupBy) expect(schema.safeParse({ start_time: '0', group_by: [group] }).success).toBe(true);
      for (const group of ['project_id', 'user_id', 'api_key_id', 'model', 'batch', 'service_tier', 'size', 'source', 'context_level', 'vector_store_id', 'line_item'])
        if (!info.groupBy.includes(group)) expect(schema.safeParse({ start_time: '0', group_by: [group] }).success).toBe(false);
      for (const filter of info.filters)
        expect(schema.safeParse({ start_time: '0', [filter]: filter === 'batch' ? 'true' : filter === 'sizes' ? ['1024x1024'] : filter === 'sources' ? ['image.edit'] : filter === 'context_levels' ? ['low'] : ['x1'] }).success).toBe(true);
    },
  );
});

describe('parseInsightQuery', () => {
  it('reads a usage query: width, range, group_by as asked, filters sorted, top', () => {
    const query = usage(`type=completions&start=${NOW - 86_400}&end=${NOW}&width=1h&group_by=model&group_by=project_id&project_ids=proj_b&project_ids=proj_a&batch=true&top=5`);
    expect(query).toMatchObject({
      kind: 'usage',
      type: 'completions',
      width: '1h',
      start: NOW - 86_400,
      end: NOW,
      groupBy: ['model', 'project_id'],
      filters: { project_ids: ['proj_a', 'proj_b'], batch: true },
      top: 5,
    });
  });

  it('defaults: daily, up to now, top 10; bracketed repeated keys are read as the API writes them', () => {
    const query = usage(`type=images&start=${NOW - 7 * 86_400}&group_by[]=size&group_by[]=source`);
    expect(query).toMatchObject({ width: '1d', end: NOW, top: 10, groupBy: ['size', 'source'] });
  });

  it('reads costs (always daily)', () => {
    expect(costs(`start=${NOW - 90 * 86_400}&group_by=project_id&group_by=line_item&api_key_ids=key_1`)).toMatchObject({
      kind: 'costs',
      type: 'costs',
      width: '1d',
      groupBy: ['project_id', 'line_item'],
      filters: { api_key_ids: ['key_1'] },
    });
  });

  it('refuses a group_by the type does not have, saying which it has', () => {
    const { message, param } = refusal(() => usage(`type=vector_stores&start=${NOW - 86_400}&group_by=model`));
    expect(param).toBe('group_by');
    expect(message).toBe("group_by: vector stores usage cannot be grouped by 'model'; it can be grouped by project_id.");
    expect(refusal(() => usage(`type=completions&start=${S}&group_by=size`)).message).toMatch(/batch, service_tier/);
    expect(refusal(() => costs(`start=${S}&group_by=model`)).message).toMatch(/project_id, line_item, api_key_id/);
  });

  it('refuses a filter the type does not have, saying which it has', () => {
    const { message, param } = refusal(() => usage(`type=completions&start=${S}&sizes=1024x1024`));
    expect(param).toBe('sizes');
    expect(message).toMatch(/completions usage has no such parameter; its filters are project_ids, user_ids, api_key_ids, models, batch/);
    expect(refusal(() => costs(`start=${S}&models=gpt-4o`)).param).toBe('models');
  });

  it("refuses values the API's schema refuses, before anything is sent", () => {
    expect(refusal(() => usage(`type=images&start=${S}&sizes=2x2`))).toEqual({
      param: 'sizes',
      message: 'sizes: expected one of 256x256, 512x512, 1024x1024, 1792x1792, 1024x1792',
    });
    expect(refusal(() => usage(`type=web_search_calls&start=${S}&context_levels=low&context_levels=extreme`))).toEqual({
      param: 'context_levels.1',
      message: 'context_levels.1: expected one of low, medium, high',
    });
    expect(refusal(() => usage(`type=completions&start=${S}&batch=maybe`)).param).toBe('batch');
    expect(refusal(() => usage(`type=completions&start=${S}&project_ids=a&project_ids=../../admin_api_keys`))).toEqual({
      param: 'project_ids.1',
      message: 'project_ids.1: Not a valid id',
    });
  });

  it('refuses bad engine parameters with the parameter named', () => {
    expect(refusal(() => usage(`start=${S}`)).param).toBe('type');
    expect(refusal(() => usage(`type=tokens&start=${S}`)).param).toBe('type');
    expect(refusal(() => usage(`type=completions`)).param).toBe('start');
    expect(refusal(() => usage(`type=completions&start=yesterday`)).param).toBe('start');
    expect(refusal(() => usage(`type=completions&start=100&end=100`)).param).toBe('end');
    expect(refusal(() => usage(`type=completions&start=${S}&width=1w`)).param).toBe('width');
    expect(refusal(() => costs(`start=${S}&width=1h`)).message).toMatch(/costs are daily only/);
    expect(refusal(() => costs(`type=completions&start=${S}`)).param).toBe('type');
    expect(refusal(() => usage(`type=completions&start=${S}&top=51`)).param).toBe('top');
    expect(refusal(() => usage(`type=completions&start=${S}&start=1`)).param).toBe('start');
  });

  it('refuses a range of more buckets than one view holds', () => {
    const { message } = refusal(() => usage(`type=completions&start=${NOW - 8 * 86_400}&end=${NOW}&width=1m`));
    expect(message).toMatch(/11,520 buckets of 1m; at most 10,080/);
    expect(usage(`type=completions&start=${NOW - 7 * 86_400}&end=${NOW}&width=1m`).width).toBe('1m');
  });
});

describe('upstreamSpec', () => {
  it('gives the same key to the same data however it is asked', () => {
    const a = upstreamSpec(usage(`type=completions&start=${S}&group_by=model&group_by=project_id&models=b&models=a`));
    const b = upstreamSpec(usage(`type=completions&start=100&end=900000&group_by=project_id&group_by=model&models=a&models=b&top=3`));
    expect(a.key).toBe(b.key);
    expect(a.groupBy).toEqual(['model', 'project_id']);
    expect(upstreamSpec(usage(`type=completions&start=${S}&group_by=model`)).key).not.toBe(a.key);
    expect(upstreamSpec(usage(`type=embeddings&start=${S}&group_by=model&group_by=project_id&models=a&models=b`)).key).not.toBe(a.key);
  });

  it('groups by project too when keys are asked without it (to know where to read key names)', () => {
    expect(upstreamSpec(usage(`type=completions&start=${S}&group_by=api_key_id`)).groupBy).toEqual(['api_key_id', 'project_id']);
  });
});
