import { describe, expect, it } from 'vitest';
import { rangeChange, readUsageUrl, resolveRange, typeChange, usageSearch } from './usage-url';

const NOW = Date.UTC(2026, 2, 12, 14, 35, 20) / 1000;

describe('reading the URL', () => {
  it('falls back to completions, last 30 days by day, grouped by project, top 10', () => {
    expect(readUsageUrl({})).toEqual({
      type: 'completions',
      range: '30d',
      from: '',
      to: '',
      width: '1d',
      group: ['project_id'],
      top: 10,
      measure: '',
      hidden: [],
      filters: {},
    });
  });

  it('ignores values that are not offered and fields the type does not have', () => {
    const state = readUsageUrl({ type: 'vector_stores', range: 'forever', width: '5m', group: 'model,project_id', top: '7', user: 'user_1', project: 'proj_1' });
    expect(state).toMatchObject({ type: 'vector_stores', range: '30d', width: '1d', group: ['project_id'], top: 10, filters: { project_ids: ['proj_1'] } });
  });

  it('keeps "not grouped" apart from "not chosen"', () => {
    expect(readUsageUrl({ group: 'none' }).group).toEqual([]);
    expect(readUsageUrl({ group: '' }).group).toEqual(['project_id']);
  });

  it('keeps only the values a named filter accepts', () => {
    expect(readUsageUrl({ type: 'images', size: '1024x1024,huge', source: 'image.edit' }).filters).toEqual({ sizes: ['1024x1024'], sources: ['image.edit'] });
  });
});

describe('changing the view', () => {
  it('switching type clears the filters and groups the new type lacks', () => {
    const state = readUsageUrl({ type: 'completions', group: 'model,batch', model: 'gpt-4o', project: 'proj_1', batch: 'true' });
    expect(typeChange(state, 'images')).toEqual({ type: 'images', measure: '', hide: '', batch: '', group: 'model' });
    expect(typeChange(state, 'vector_stores')).toEqual({ type: 'vector_stores', measure: '', hide: '', batch: '', model: '', group: 'project_id' });
  });

  it('a range that the width does not suit switches the width', () => {
    const byMinute = readUsageUrl({ range: '24h', width: '1m' });
    expect(rangeChange(byMinute, { range: '90d', from: '', to: '' }, NOW)).toEqual({ range: '90d', from: '', to: '', width: '1d' });
    const byDay = readUsageUrl({ range: '30d', width: '1d' });
    expect(rangeChange(byDay, { range: '24h', from: '', to: '' }, NOW)).toEqual({ range: '24h', from: '', to: '', width: '1h' });
    expect(rangeChange(byDay, { range: '7d', from: '', to: '' }, NOW)).toEqual({ range: '7d', from: '', to: '' });
  });

  it('a width that does not suit the range (from a hand-edited URL) is reported, not fetched', () => {
    const resolved = resolveRange(readUsageUrl({ range: '90d', width: '1m' }), NOW);
    expect(resolved.ok && resolved.widthProblem).toMatch(/Minute buckets are offered for ranges up to 2 days/);
  });
});

it('asks the engine with repeated keys, as the contract says', () => {
  const state = readUsageUrl({ type: 'completions', group: 'project_id,model', project: 'proj_1,proj_2', model: 'gpt-4o', top: '20', range: '7d' });
  const resolved = resolveRange(state, NOW);
  if (!resolved.ok) throw new Error(resolved.error);
  expect(usageSearch(state, resolved.range).toString()).toBe(
    `type=completions&start=${Date.UTC(2026, 2, 6) / 1000}&end=${NOW}&width=1d&group_by=project_id&group_by=model&project_ids=proj_1&project_ids=proj_2&models=gpt-4o&top=20`,
  );
});
