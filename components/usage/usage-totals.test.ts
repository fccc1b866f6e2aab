import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/format/csv';
import { testAnswer } from '@/components/charts/test-answer';
import { bucketCsvColumns, bucketCsvRows, tableMeasures, totalsCsvColumns, totalsRows } from './usage-totals';

const COMPLETIONS = ['input_tokens', 'input_cached_tokens', 'input_cache_write_tokens', 'output_tokens', 'input_audio_tokens', 'output_audio_tokens', 'input_image_tokens', 'num_model_requests'];

const answer = testAnswer(
  [
    { key: 'proj_a', label: 'Fleet telemetry', group: { project_id: 'proj_a' } },
    { key: 'proj_gone', label: 'deleted project …gone', group: { project_id: 'proj_gone' } },
  ],
  [
    { proj_a: { input_tokens: 1000, input_cached_tokens: 200, output_tokens: 300, num_model_requests: 10, input_audio_tokens: 0 } },
    { proj_a: { input_tokens: 500, output_tokens: 100, num_model_requests: 5 }, proj_gone: { input_tokens: 2500, output_tokens: 50, num_model_requests: 1, output_audio_tokens: 7 } },
  ],
  { measures: COMPLETIONS },
);

describe('the totals table', () => {
  it('shows the token counts people read, and audio or image tokens only when there are some', () => {
    expect(tableMeasures(answer)).toEqual(['input_tokens', 'input_cached_tokens', 'output_tokens', 'output_audio_tokens', 'num_model_requests']);
    expect(tableMeasures({ ...answer, type: 'images', measures: ['images', 'num_model_requests'] })).toEqual(['images', 'num_model_requests']);
  });

  it('has a row per series and a total row equal to their sum', () => {
    const rows = totalsRows(answer, 'input_tokens');
    expect(rows.map((r) => [r.label, r.values.input_tokens, r.share])).toEqual([
      ['Fleet telemetry', 1500, 0.375],
      ['deleted project …gone', 2500, 0.625],
      ['Total', 4000, 1],
    ]);
    const total = rows.at(-1);
    for (const measure of tableMeasures(answer))
      expect(total?.values[measure] ?? 0).toBe(rows.slice(0, -1).reduce((sum, r) => sum + (r.values[measure] ?? 0), 0));
  });
});

describe('CSV', () => {
  it('holds exactly the table: series, ids, share and measures, then the total', () => {
    const measures = tableMeasures(answer);
    const csv = toCsv(totalsCsvColumns(answer, measures, 'input_tokens'), totalsRows(answer, 'input_tokens'));
    expect(csv.split('\r\n')).toEqual([
      'Series,Project id,Share of input tokens,Input tokens,Cached input tokens,Output tokens,Output audio tokens,Requests',
      'Fleet telemetry,proj_a,37.5%,1500,200,400,0,15',
      'deleted project …gone,proj_gone,62.5%,2500,0,50,7,1',
      'Total,,100.0%,4000,200,450,7,16',
      '',
    ]);
  });

  it('by bucket lists every series with a value in each bucket, oldest first', () => {
    const csv = toCsv(bucketCsvColumns(answer, ['input_tokens']), bucketCsvRows(answer));
    expect(csv.split('\r\n')).toEqual([
      'Bucket start (UTC),Bucket end (UTC),Series,Project id,Input tokens',
      '2026-03-01T00:00:00Z,2026-03-02T00:00:00Z,Fleet telemetry,proj_a,1000',
      '2026-03-02T00:00:00Z,2026-03-03T00:00:00Z,Fleet telemetry,proj_a,500',
      '2026-03-02T00:00:00Z,2026-03-03T00:00:00Z,deleted project …gone,proj_gone,2500',
      '',
    ]);
  });
});

it('says a stored-bytes total is the latest level, in bytes in a CSV', () => {
  const stores = testAnswer([{ key: 'proj_a', label: 'A', group: { project_id: 'proj_a' } }], [{ proj_a: { usage_bytes: 5 } }], { type: 'vector_stores', measures: ['usage_bytes'] });
  const header = toCsv(totalsCsvColumns(stores, ['usage_bytes'], 'usage_bytes'), []).trim();
  expect(header).toBe('Series,Project id,Share of storage,"Storage, latest (bytes)"');
});
