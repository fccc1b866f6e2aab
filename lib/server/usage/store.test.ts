import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbTarget } from '../db/client';
import { openDb, type DbHandle } from '../db/client';
import { freshPostgresUrl } from '../db/test-database';
import { parseInsightQuery } from './query';
import { upstreamSpec } from './spec';
import { decodeResults, encodeResults, isFinal, keepInBackground, readBuckets, settledWrites, slimResults, writeBuckets } from './store';

// The bucket store on both databases the console runs on.

const DAY = 86_400;
const T0 = 1_767_225_600;
const spec = upstreamSpec(parseInsightQuery('usage', new URLSearchParams(`type=completions&start=${T0}&end=${T0 + 3 * DAY}&group_by=model`), T0 + 3 * DAY));
const other = upstreamSpec(parseInsightQuery('usage', new URLSearchParams(`type=completions&start=${T0}&end=${T0 + 3 * DAY}&group_by=project_id`), T0 + 3 * DAY));
const result = (model: string, input: number) => ({ object: 'organization.usage.completions.result', model, input_tokens: input, output_tokens: 1, num_model_requests: 1, input_cached_tokens: 0, input_audio_tokens: 0, output_audio_tokens: 0, input_text_tokens: input, project_id: null });
const bucket = (day: number, input: number) => ({ start_time: T0 + day * DAY, end_time: T0 + (day + 1) * DAY, results: [result('gpt-4o', input), result('o3', 2 * input)] });

describe('what the store keeps of a result', () => {
  it('only the fields the engine uses: group values and measures, as compact rows', () => {
    expect(spec.fields).toEqual(['model', 'input_tokens', 'input_cached_tokens', 'output_tokens', 'input_audio_tokens', 'output_audio_tokens', 'num_model_requests']);
    const slim = slimResults(bucket(0, 5).results, spec.fields);
    expect(slim[0]).toEqual({ model: 'gpt-4o', input_tokens: 5, input_cached_tokens: 0, output_tokens: 1, input_audio_tokens: 0, output_audio_tokens: 0, num_model_requests: 1 });
    const text = encodeResults(slim, spec.fields);
    expect(text).toBe('{"f":["model","input_tokens","input_cached_tokens","output_tokens","input_audio_tokens","output_audio_tokens","num_model_requests"],"r":[["gpt-4o",5,0,1,0,0,1],["o3",10,0,1,0,0,1]]}');
    expect(decodeResults(text)).toEqual(slim);
  });

  it('a bucket is final once it ended the open period before it was read', () => {
    expect(isFinal(T0, T0 + 7200, 7200)).toBe(true);
    expect(isFinal(T0, T0 + 7199, 7200)).toBe(false);
    expect(isFinal(T0 + DAY, T0 + 100, 7200)).toBe(false);
  });
});

const targets: [string, () => Promise<DbTarget>][] = [
  ['PGlite', async () => ({ memory: true })],
  ['PostgreSQL', async () => ({ databaseUrl: await freshPostgresUrl('usage') })],
];

describe.each(targets)('the bucket store on %s', (_name, makeTarget) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openDb(await makeTarget());
  });
  afterAll(async () => {
    await settledWrites();
    await handle.close();
  });

  it('keeps buckets per query and reads back a range of them', async () => {
    const slim = (b: ReturnType<typeof bucket>) => ({ ...b, results: slimResults(b.results, spec.fields) });
    await writeBuckets(handle.db, spec, [0, 1, 2].map((d) => slim(bucket(d, 10 + d))), T0 + 10 * DAY, 7200);
    const read = await readBuckets(handle.db, spec, T0 + DAY, T0 + 2 * DAY);
    expect(read.map((b) => [b.start_time, b.end_time, b.results[0]?.input_tokens, b.final, b.fetchedAt])).toEqual([
      [T0 + DAY, T0 + 2 * DAY, 11, true, T0 + 10 * DAY],
      [T0 + 2 * DAY, T0 + 3 * DAY, 12, true, T0 + 10 * DAY],
    ]);
    expect(await readBuckets(handle.db, other, T0, T0 + 3 * DAY)).toEqual([]);
  });

  it('a newer read replaces a bucket; an older one arriving late does not', async () => {
    await writeBuckets(handle.db, other, [bucket(0, 1)], T0 + DAY + 60, 7200);
    expect((await readBuckets(handle.db, other, T0, T0))[0]).toMatchObject({ final: false, fetchedAt: T0 + DAY + 60 });
    await writeBuckets(handle.db, other, [bucket(0, 2)], T0 + DAY + 9000, 7200);
    await writeBuckets(handle.db, other, [bucket(0, 3)], T0 + DAY + 120, 7200);
    const [kept] = await readBuckets(handle.db, other, T0, T0);
    expect(kept).toMatchObject({ final: true, fetchedAt: T0 + DAY + 9000 });
    expect(kept?.results[0]).toMatchObject({ project_id: null });
  });

  it('writes in the background, in order, and lets a read wait for them', async () => {
    const days = Array.from({ length: 250 }, (_, d) => bucket(100 + d, d));
    keepInBackground(handle.db, spec, days, T0 + 400 * DAY, 7200);
    keepInBackground(handle.db, spec, [bucket(100, 999)], T0 + 401 * DAY, 7200);
    await settledWrites(spec);
    const read = await readBuckets(handle.db, spec, T0 + 100 * DAY, T0 + 349 * DAY);
    expect(read).toHaveLength(250);
    expect(read.find((b) => b.start_time === T0 + 100 * DAY)?.results[0]?.input_tokens).toBe(999);
  });
});
