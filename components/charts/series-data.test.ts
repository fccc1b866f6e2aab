import { describe, expect, it } from 'vitest';
import { chartRows, chartSeries, rowTotal, soloHidden, sumOfBuckets, toggleHidden } from './series-data';
import { testAnswer } from './test-answer';

const answer = testAnswer(
  [
    { key: 'proj_a|gpt-4.1', label: 'Fleet · gpt-4.1', group: { project_id: 'proj_a', model: 'gpt-4.1' } },
    { key: 'start', label: 'A group value named start', group: { project_id: 'start', model: null } },
    { key: 'other', label: 'Other', group: {} },
  ],
  [
    { 'proj_a|gpt-4.1': { input_tokens: 100, num_model_requests: 2 }, other: { input_tokens: 5, num_model_requests: 1 } },
    { start: { input_tokens: 40, num_model_requests: 4 } },
  ],
);

describe('chart data', () => {
  it('has one row per bucket with every series, zeros where a series had nothing', () => {
    const rows = chartRows(answer, 'input_tokens');
    expect(rows).toEqual([
      { start: answer.start, end: answer.start + 86_400, s0: 100, s1: 0, s2: 5 },
      { start: answer.start + 86_400, end: answer.start + 2 * 86_400, s0: 0, s1: 40, s2: 0 },
    ]);
  });

  it('keeps series keys out of the row (a key may be "start" or hold dots)', () => {
    const series = chartSeries(answer, 'input_tokens');
    expect(series.map((s) => [s.dataKey, s.total, s.color])).toEqual([
      ['s0', 100, 'var(--chart-1)'],
      ['s1', 40, 'var(--chart-2)'],
      ['s2', 5, 'var(--chart-other)'],
    ]);
    const [first] = chartRows(answer, 'input_tokens');
    expect(first?.start).toBe(answer.start);
  });

  it('totals a bucket over the series shown', () => {
    const series = chartSeries(answer, 'input_tokens');
    const [first] = chartRows(answer, 'input_tokens');
    expect(first && rowTotal(first, series)).toBe(105);
    expect(first && rowTotal(first, series.slice(1))).toBe(5);
  });

  it('sums every bucket to the answer totals', () => {
    expect(sumOfBuckets(answer, 'input_tokens')).toBe(answer.totals.input_tokens);
    expect(sumOfBuckets(answer, 'num_model_requests')).toBe(7);
  });
});

describe('hiding series from the legend', () => {
  const keys = ['a', 'b', 'c'];
  it('toggles one, but never hides the last one shown', () => {
    expect(toggleHidden([], 'a', keys)).toEqual(['a']);
    expect(toggleHidden(['a'], 'a', keys)).toEqual([]);
    expect(toggleHidden(['a', 'b'], 'c', keys)).toEqual(['a', 'b']);
  });
  it('shows one alone, and everything again when asked twice', () => {
    expect(soloHidden([], 'b', keys)).toEqual(['a', 'c']);
    expect(soloHidden(['a', 'c'], 'b', keys)).toEqual([]);
  });
});
