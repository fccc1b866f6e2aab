import { describe, expect, it } from 'vitest';
import { COSTS_INFO, USAGE_TYPE_INFO } from '@/lib/insights/catalogue';
import { USAGE_TYPES } from '@/lib/insights/types';
import { FILTERS, GROUP_LABELS, groupWords, MEASURES, measureSpec, USAGE_FILTERS, USAGE_GROUPS, USAGE_TYPE_LABELS } from './usage-catalog';

describe.each(USAGE_TYPES)('%s in words', (type) => {
  it('has a name, and words for every group-by field, filter and measure the catalogue gives it', () => {
    expect(USAGE_TYPE_LABELS[type]).toMatch(/^[A-Z][a-z]/);
    for (const field of USAGE_GROUPS[type]) expect(GROUP_LABELS[field], field).toBeDefined();
    for (const param of USAGE_FILTERS[type]) expect(FILTERS[param]?.param, param).toBe(param);
    for (const measure of USAGE_TYPE_INFO[type].measures) expect(MEASURES[measure], measure).toBeDefined();
  });
});

it('has words for the costs groups and filters too', () => {
  for (const field of COSTS_INFO.groupBy) expect(GROUP_LABELS[field], field).toBeDefined();
  for (const param of COSTS_INFO.filters) expect(FILTERS[param]).toBeDefined();
});

it('reads a measure it does not know in words', () => {
  expect(measureSpec('input_cached_tokens').label).toBe('Cached input tokens');
  expect(measureSpec('num_widgets')).toEqual({ label: 'Widgets', unit: 'widgets' });
});

it('names group fields inside a sentence', () => {
  expect(['project_id', 'api_key_id', 'service_tier'].map(groupWords)).toEqual(['project', 'API key', 'service tier']);
});
