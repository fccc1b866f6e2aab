import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIND, type ProjectObject } from '../model';
import { seedProjectId } from '../seed-ids';
import { getObject } from '../store';
import { DAY, dayStart, measuresOf, openSandbox, totals, usageCall, type BucketJson, type Sandbox, type UsageQuery } from './test-support';
import type { UsageTypeName } from './types';
import { USAGE_TYPES } from './usage-types';

// The usage stream adds up: across bucket widths, across group_by combinations, under filters.
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await openSandbox();
});
afterAll(() => sandbox.close());

const TYPES = Object.keys(USAGE_TYPES) as UsageTypeName[];
const FLOW_TYPES = TYPES.filter((t) => USAGE_TYPES[t].kind === 'flow');
const call = (type: UsageTypeName, query: UsageQuery) => usageCall(sandbox.client, type, query);

/** The totals of one range at 1d, 1h and 1m (the range is at most a day). */
async function byWidth(type: UsageTypeName, query: UsageQuery) {
  const [days, hours, minutes] = await Promise.all(
    ([['1d', 1], ['1h', 24], ['1m', 1440]] as const).map(async ([bucket_width, limit]) => (await call(type, { ...query, bucket_width, limit })).data),
  );
  return { days: totals(days ?? []), hours: totals(hours ?? []), minutes: totals(minutes ?? []), buckets: hours ?? [] };
}

/** Every non-empty subset of a list. */
const subsets = <T,>(items: readonly T[]): T[][] =>
  Array.from({ length: 2 ** items.length - 1 }, (_, mask) => items.filter((_, i) => ((mask + 1) >> i) & 1));

describe('1m, 1h and 1d buckets add up exactly', () => {
  it.each(FLOW_TYPES)('%s over a past day', async (type) => {
    const start = dayStart(3);
    const { days, hours, minutes } = await byWidth(type, { start_time: start, end_time: start + DAY });
    expect(Object.values(days).some((v) => v > 0)).toBe(true);
    expect(hours).toEqual(days);
    expect(minutes).toEqual(days);
  });

  it.each(FLOW_TYPES)('%s over today so far (the partial day)', async (type) => {
    for (let attempt = 0; ; attempt++) {
      const minute = Math.floor(Date.now() / 60_000);
      const sums = await byWidth(type, { start_time: dayStart(0) });
      // A new minute may have completed between the three requests: then ask again.
      if (minute !== Math.floor(Date.now() / 60_000) && attempt < 3) continue;
      expect(sums.hours).toEqual(sums.days);
      expect(sums.minutes).toEqual(sums.days);
      break;
    }
  });

  it('on the day a project started, mid-day', async () => {
    const project = await getObject<ProjectObject>(sandbox.handle.db, KIND.project, '', seedProjectId('Legal Contract Review'));
    const created = project?.data.created_at ?? 0;
    const start = Math.floor(created / DAY) * DAY;
    const { days, hours, minutes, buckets } = await byWidth('completions', { start_time: start, end_time: start + DAY, project_ids: [project?.data.id] });
    expect(days.num_model_requests).toBeGreaterThan(0);
    expect(hours).toEqual(days);
    expect(minutes).toEqual(days);
    for (const bucket of buckets) if (bucket.end_time <= created) expect(bucket.results).toEqual([]);
  });

  it('vector store bytes are a level held through the day', async () => {
    const start = dayStart(3);
    const day = (await call('vector_stores', { start_time: start, end_time: start + DAY, group_by: ['project_id'] })).data[0];
    const hours = (await call('vector_stores', { start_time: start, end_time: start + DAY, bucket_width: '1h', group_by: ['project_id'] })).data;
    expect(day?.results.length).toBeGreaterThan(0);
    expect(hours).toHaveLength(24);
    for (const hour of hours) expect(hour.results).toEqual(day?.results);
  });
});

/** Per bucket, the sum of every group's measures. */
function perBucket(buckets: readonly BucketJson[]): Record<string, number>[] {
  return buckets.map((bucket) => totals([bucket]));
}

describe('group_by and filters partition the totals', () => {
  it.each(TYPES)('%s: every group_by combination sums to the ungrouped total', async (type) => {
    const query = { start_time: dayStart(7), end_time: dayStart(0) };
    const plain = perBucket((await call(type, query)).data);
    for (const group_by of subsets(USAGE_TYPES[type].dims)) {
      const grouped = await call(type, { ...query, group_by });
      expect(perBucket(grouped.data), `group_by=${group_by.join(',')}`).toEqual(plain);
      for (const result of grouped.data.flatMap((b) => b.results))
        for (const dim of USAGE_TYPES[type].dims) if (!group_by.includes(dim)) expect(result[dim]).toBeNull();
    }
  });

  it.each(TYPES)('%s: filtering to one value gives that value\'s group', async (type) => {
    const spec = USAGE_TYPES[type];
    const query = { start_time: dayStart(7), end_time: dayStart(0) };
    for (const [param, dim] of Object.entries(spec.filters)) {
      const grouped = (await call(type, { ...query, group_by: [dim] })).data;
      const values = [...new Set(grouped.flatMap((b) => b.results.map((r) => r[dim])))].filter((v) => v !== null);
      expect(values.length, `${dim} values`).toBeGreaterThan(0);
      const value = values[Math.floor(values.length / 2)];
      const filtered = (await call(type, { ...query, [param]: param === 'batch' ? value : [value] })).data;
      const expected = grouped.map((b) => b.results.filter((r) => r[dim] === value).map((r) => measuresOf(r)));
      expect(filtered.map((b) => b.results.map((r) => measuresOf(r))), `${param}=${String(value)}`).toEqual(expected);
    }
  });

  it('some usage is unattributed: no user, no key', async () => {
    const page = await call('completions', { start_time: dayStart(7), end_time: dayStart(0), group_by: ['user_id', 'api_key_id'] });
    const results = page.data.flatMap((b) => b.results);
    expect(results.some((r) => r.user_id === null && r.api_key_id === null)).toBe(true);
    expect(results.some((r) => r.user_id !== null)).toBe(true);
  });
});
