import { describe, expect, it } from 'vitest';
import type { InsightAnswer, Measures } from '@/lib/insights/types';
import type { Names } from './names';
import { parseInsightQuery } from './query';
import { idsToName, shapeAnswer } from './series';
import type { UpstreamBucket } from './upstream';
import { bucketRange } from './windows';

const DAY = 86_400;
const NOW = 1_767_225_600 + 10 * DAY;
const START = NOW - 3 * DAY;

const names: Names = {
  projects: new Map([
    ['proj_a', { label: 'Fleet Telemetry', gone: false }],
    ['proj_b', { label: 'Billing Bot', gone: false }],
    ['proj_old', { label: 'deleted project …_old', gone: true }],
  ]),
  users: new Map([['user_1', { label: 'Ada Lovelace', gone: false }]]),
  keys: new Map([
    ['key_live', { label: 'prod (deploy-bot)', gone: false }],
    ['key_gone', { label: 'deleted key …gone', gone: true }],
  ]),
};

const completion = (over: Record<string, unknown>) => ({
  input_tokens: 0,
  input_cached_tokens: 0,
  output_tokens: 0,
  input_audio_tokens: 0,
  output_audio_tokens: 0,
  num_model_requests: 0,
  project_id: null,
  api_key_id: null,
  model: null,
  ...over,
});

const bucket = (day: number, results: Record<string, unknown>[]): UpstreamBucket => ({
  start_time: START + day * DAY,
  end_time: START + (day + 1) * DAY,
  results,
});

function answer(search: string, buckets: UpstreamBucket[], kind: 'usage' | 'costs' = 'usage') {
  const query = parseInsightQuery(kind, new URLSearchParams(`start=${START}&end=${NOW}&${search}`), NOW);
  return shapeAnswer(query, bucketRange(query.start, query.end, query.width, NOW).starts, buckets, names);
}

/** Every measure summed over every bucket and series, as drawn. */
function sumOfBuckets(a: Pick<InsightAnswer, 'buckets'>): Measures {
  const out: Measures = {};
  for (const b of a.buckets) for (const m of Object.values(b.values)) for (const [k, v] of Object.entries(m)) out[k] = (out[k] ?? 0) + v;
  return out;
}

const BUCKETS = [
  bucket(0, [
    completion({ project_id: 'proj_a', api_key_id: 'key_live', input_tokens: 100, output_tokens: 10, num_model_requests: 2 }),
    completion({ project_id: 'proj_a', api_key_id: 'key_gone', input_tokens: 40, output_tokens: 4, num_model_requests: 1 }),
    completion({ project_id: 'proj_b', api_key_id: null, input_tokens: 7, output_tokens: 1, num_model_requests: 1 }),
  ]),
  bucket(1, []),
  bucket(2, [
    completion({ project_id: 'proj_a', api_key_id: 'key_live', input_tokens: 300, output_tokens: 30, num_model_requests: 5 }),
    completion({ project_id: 'proj_old', api_key_id: 'key_x', input_tokens: 1, output_tokens: 0, num_model_requests: 1 }),
  ]),
];

describe('shapeAnswer', () => {
  it('one series per group, with names; deleted owners kept and marked gone; null values their own "Unattributed" part', () => {
    const a = answer('type=completions&group_by=project_id&group_by=api_key_id', BUCKETS);
    expect(a.series.map((s) => [s.key, s.label, s.gone ?? false])).toEqual([
      ['proj_a|key_live', 'Fleet Telemetry · prod (deploy-bot)', false],
      ['proj_a|key_gone', 'Fleet Telemetry · deleted key …gone', true],
      ['proj_b|unattributed', 'Billing Bot · Unattributed', false],
      ['proj_old|key_x', 'deleted project …_old · key_x', true],
    ]);
    expect(a.series[2]?.group).toEqual({ project_id: 'proj_b', api_key_id: null });
    expect(a.series[0]?.totals).toMatchObject({ input_tokens: 400, output_tokens: 40, num_model_requests: 7 });
  });

  it('a row with every group value null is the series "Unattributed"', () => {
    const a = answer('type=completions&group_by=user_id', [bucket(0, [completion({ user_id: null, input_tokens: 5 }), completion({ user_id: 'user_1', input_tokens: 9 })])]);
    expect(a.series.map((s) => [s.key, s.label])).toEqual([
      ['user_1', 'Ada Lovelace'],
      ['unattributed', 'Unattributed'],
    ]);
  });

  it('ranks by input + output tokens, keeps the top N and sums the rest into "other"', () => {
    const a = answer('type=completions&group_by=project_id&group_by=api_key_id&top=2', BUCKETS);
    expect(a.series.map((s) => s.key)).toEqual(['proj_a|key_live', 'proj_a|key_gone', 'other']);
    expect(a.series.at(-1)).toMatchObject({ label: 'Other (2 more)', group: {}, totals: { input_tokens: 8, output_tokens: 1, num_model_requests: 2 } });
    expect(a.buckets[0]?.values.other).toMatchObject({ input_tokens: 7 });
    expect(a.buckets[2]?.values.other).toMatchObject({ input_tokens: 1 });
  });

  it('has every bucket of the range, empty ones too, and totals equal to the sum of the buckets', () => {
    const a = answer('type=completions&group_by=project_id&top=1', BUCKETS);
    expect(a.buckets.map((b) => [b.start, b.end])).toEqual([0, 1, 2].map((d) => [START + d * DAY, START + (d + 1) * DAY]));
    expect(a.buckets[1]?.values).toEqual({});
    expect(a.totals).toEqual(sumOfBuckets(a));
    expect(a.totals).toEqual({ input_tokens: 448, input_cached_tokens: 0, output_tokens: 45, input_audio_tokens: 0, output_audio_tokens: 0, num_model_requests: 10 });
    const seriesSum = a.series.reduce((sum, s) => sum + (s.totals.input_tokens ?? 0), 0);
    expect(seriesSum).toBe(448);
  });

  it('not grouped: one series "all"', () => {
    const a = answer('type=completions', [bucket(0, [completion({ input_tokens: 3, output_tokens: 2 })])]);
    expect(a.series).toEqual([expect.objectContaining({ key: 'all', label: 'All', group: {} })]);
    expect(a.measures).toEqual(['input_tokens', 'input_cached_tokens', 'output_tokens', 'input_audio_tokens', 'output_audio_tokens', 'num_model_requests']);
  });

  it('costs: amounts in the currency the API gives, line items by name, totals the sum of the buckets', () => {
    const cost = (project: string, item: string, value: number) => ({ amount: { value, currency: 'usd' }, project_id: project, line_item: item, api_key_id: null });
    const a = answer(
      'group_by=project_id&group_by=line_item',
      [bucket(0, [cost('proj_a', 'gpt-5, input', 1.25), cost('proj_b', 'gpt-5, output', 0.1)]), bucket(1, [cost('proj_a', 'gpt-5, input', 2.5)])],
      'costs',
    );
    expect(a).toMatchObject({ kind: 'costs', type: 'costs', width: '1d', currency: 'usd', measures: ['amount'] });
    expect(a.series.map((s) => [s.label, s.totals.amount])).toEqual([
      ['Fleet Telemetry · gpt-5, input', 3.75],
      ['Billing Bot · gpt-5, output', 0.1],
    ]);
    expect(a.totals.amount).toBeCloseTo(3.85, 10);
    expect(a.totals).toEqual(sumOfBuckets(a));
  });

  it('a level (stored bytes) totals as its latest bucket, not a sum over time', () => {
    const level = (project: string, bytes: number) => ({ usage_bytes: bytes, project_id: project });
    const a = answer('type=vector_stores&group_by=project_id', [bucket(0, [level('proj_a', 100)]), bucket(1, [level('proj_a', 120), level('proj_b', 5)]), bucket(2, [level('proj_a', 130), level('proj_b', 6)])]);
    expect(a.series.map((s) => [s.key, s.totals.usage_bytes])).toEqual([
      ['proj_a', 130],
      ['proj_b', 6],
    ]);
    expect(a.totals.usage_bytes).toBe(136);
  });

  it('booleans read as words: batch or not', () => {
    const a = answer('type=completions&group_by=batch', [bucket(0, [completion({ batch: true, input_tokens: 1 }), completion({ batch: false, input_tokens: 2 })])]);
    expect(a.series.map((s) => [s.key, s.label])).toEqual([
      ['false', 'not batch'],
      ['true', 'batch'],
    ]);
  });
});

describe('idsToName', () => {
  it('collects only the grouped ids, with each key\'s project', () => {
    const wanted = idsToName(BUCKETS, ['api_key_id']);
    expect(wanted.projects.size).toBe(0);
    expect([...wanted.keys]).toEqual([
      ['key_live', 'proj_a'],
      ['key_gone', 'proj_a'],
      ['key_x', 'proj_old'],
    ]);
  });
});
