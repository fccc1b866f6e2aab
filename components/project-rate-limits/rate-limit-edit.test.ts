import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/format/csv';
import type { ProjectRateLimit } from '@/lib/queries/project-limits';
import {
  changesBody,
  checkDraft,
  describeChange,
  draftOf,
  fieldsOf,
  parseLimit,
  RATE_LIMIT_CSV_COLUMNS,
  searchRateLimits,
} from './rate-limit-edit';

const limit = (over: Partial<ProjectRateLimit> = {}): ProjectRateLimit => ({
  object: 'project.rate_limit',
  id: 'rl-gpt-4o',
  model: 'gpt-4o',
  max_requests_per_1_minute: 500,
  max_tokens_per_1_minute: 30_000,
  batch_1_day_max_input_tokens: 90_000_000,
  ...over,
});

describe('parseLimit', () => {
  it('reads whole numbers, with thousands separators', () => {
    expect(parseLimit('500')).toEqual({ ok: true, value: 500 });
    expect(parseLimit(' 1,000,000 ')).toEqual({ ok: true, value: 1_000_000 });
    expect(parseLimit('1 000')).toEqual({ ok: true, value: 1000 });
    expect(parseLimit('2_500')).toEqual({ ok: true, value: 2500 });
  });

  it('refuses what is not a positive whole number, saying why', () => {
    expect(parseLimit('')).toEqual({ ok: false, error: 'Enter a limit.' });
    expect(parseLimit('abc')).toMatchObject({ ok: false, error: expect.stringContaining('whole number') });
    expect(parseLimit('1e5')).toMatchObject({ ok: false, error: expect.stringContaining('whole number') });
    expect(parseLimit('12.5')).toMatchObject({ ok: false, error: 'Enter a whole number.' });
    expect(parseLimit('0')).toMatchObject({ ok: false, error: expect.stringContaining('1 or more') });
    expect(parseLimit('-20')).toMatchObject({ ok: false, error: expect.stringContaining('1 or more') });
    expect(parseLimit('99999999999999999999')).toMatchObject({ ok: false, error: 'That number is too large.' });
  });
});

describe('fieldsOf and draftOf', () => {
  it('list only the limits the model has, in the API order', () => {
    expect(fieldsOf(limit())).toEqual(['max_requests_per_1_minute', 'max_tokens_per_1_minute', 'batch_1_day_max_input_tokens']);
    expect(draftOf(limit())).toEqual({
      max_requests_per_1_minute: '500',
      max_tokens_per_1_minute: '30,000',
      batch_1_day_max_input_tokens: '90,000,000',
    });
  });
});

describe('checkDraft', () => {
  it('lists only what changed, old → new', () => {
    const check = checkDraft(limit(), { ...draftOf(limit()), max_tokens_per_1_minute: '20,000' });
    expect(check.valid).toBe(true);
    expect(check.changes).toEqual([
      { field: 'max_tokens_per_1_minute', label: 'Tokens per minute', from: 30_000, to: 20_000 },
    ]);
    expect(check.changes.map(describeChange)).toEqual(['Tokens per minute 30,000 → 20,000']);
    expect(changesBody(check.changes)).toEqual({ max_tokens_per_1_minute: 20_000 });
  });

  it('finds no change when the values are the same, however they are written', () => {
    const check = checkDraft(limit(), { max_requests_per_1_minute: '0,500' });
    expect(check).toEqual({ errors: {}, changes: [], valid: true });
  });

  it('gives each invalid field its own error and no change for it', () => {
    const check = checkDraft(limit(), { max_requests_per_1_minute: '-1', max_tokens_per_1_minute: '10000' });
    expect(check.valid).toBe(false);
    expect(Object.keys(check.errors)).toEqual(['max_requests_per_1_minute']);
    expect(check.changes.map((c) => c.field)).toEqual(['max_tokens_per_1_minute']);
  });

  it('refuses a value above the organization ceiling when one is known', () => {
    const check = checkDraft(limit(), { max_requests_per_1_minute: '600' }, { max_requests_per_1_minute: 550 });
    expect(check.errors.max_requests_per_1_minute).toBe("At most 550: the organization's own limit for gpt-4o.");
    expect(checkDraft(limit(), { max_requests_per_1_minute: '550' }, { max_requests_per_1_minute: 550 }).valid).toBe(true);
  });

  it('ignores fields the model does not have', () => {
    const check = checkDraft(limit(), { max_images_per_1_minute: '5' });
    expect(check).toEqual({ errors: {}, changes: [], valid: true });
  });
});

describe('searchRateLimits and CSV', () => {
  const rows = [limit(), limit({ id: 'rl-gpt-4o-mini', model: 'gpt-4o-mini' }), limit({ id: 'rl-whisper-1', model: 'whisper-1' })];
  it('matches every word of the search in the model name', () => {
    expect(searchRateLimits(rows, 'GPT mini').map((r) => r.model)).toEqual(['gpt-4o-mini']);
    expect(searchRateLimits(rows, '  ')).toHaveLength(3);
  });
  it('exports every limit column, blank where the model has none', () => {
    const csv = toCsv(RATE_LIMIT_CSV_COLUMNS, [limit()]);
    expect(csv.split('\r\n')[0]).toBe(
      'Model,Requests per minute,Tokens per minute,Images per minute,Audio megabytes per minute,Requests per day,Batch input tokens per day,Rate limit id',
    );
    expect(csv.split('\r\n')[1]).toBe('gpt-4o,500,30000,,,,90000000,rl-gpt-4o');
  });
});
