import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { OPERATIONS_BY_NAME } from '@/lib/admin/operations';
import { USAGE_TYPES } from '@/lib/insights/types';
import { FILTERS, GROUP_LABELS, measureSpec, USAGE_FILTERS, USAGE_GROUPS, USAGE_OPERATION, USAGE_TYPE_LABELS } from './usage-catalog';

const PAGING = ['start_time', 'end_time', 'bucket_width', 'limit', 'page', 'group_by'];

describe.each(USAGE_TYPES)('%s, as the registry allows it', (type) => {
  const operation = OPERATIONS_BY_NAME.get(USAGE_OPERATION[type]);
  const schema = operation?.query as z.ZodObject | undefined;

  it('has a name in words and a registry operation', () => {
    expect(USAGE_TYPE_LABELS[type]).toMatch(/^[A-Z][a-z]/);
    expect(schema).toBeDefined();
  });

  it('is grouped by exactly the fields its endpoint accepts', () => {
    for (const field of Object.keys(GROUP_LABELS)) {
      const accepted = schema?.safeParse({ start_time: '1', group_by: [field] }).success;
      expect(accepted, `${type} group_by ${field}`).toBe(USAGE_GROUPS[type].includes(field));
    }
  });

  it('is filtered by exactly the filters its endpoint accepts', () => {
    const filters = Object.keys(schema?.shape ?? {}).filter((key) => !PAGING.includes(key));
    expect(filters.sort()).toEqual([...USAGE_FILTERS[type]].sort());
    for (const param of USAGE_FILTERS[type]) expect(FILTERS[param]?.param).toBe(param);
  });
});

it('reads a measure it does not know in words', () => {
  expect(measureSpec('input_cached_tokens').label).toBe('Cached input tokens');
  expect(measureSpec('num_widgets')).toEqual({ label: 'Widgets', unit: 'widgets' });
});
