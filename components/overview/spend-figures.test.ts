import { describe, expect, it } from 'vitest';
import { testAnswer } from '@/components/charts/test-answer';
import { dailyCosts, summarizeCosts, summaryRange } from '@/components/costs/cost-summary';
import { costsFrom, last30Days, modelsBySpend, overviewCostsRange, tokenTrend } from './spend-figures';

const DAY = 86_400;

describe('models by spend', () => {
  it('adds up each model’s line items, keeps tools by name and "other" apart and last', () => {
    const answer = testAnswer(
      [
        { key: 'gpt-4o, input', label: 'gpt-4o, input', group: { line_item: 'gpt-4o, input' } },
        { key: 'o3, output', label: 'o3, output', group: { line_item: 'o3, output' } },
        { key: 'gpt-4o, batch output', label: 'gpt-4o, batch output', group: { line_item: 'gpt-4o, batch output' } },
        { key: 'web search tool calls, low context', label: 'web search tool calls, low context', group: { line_item: 'web search tool calls, low context' } },
        { key: 'other', label: 'Other', group: {} },
      ],
      [{ 'gpt-4o, input': { amount: 30 }, 'o3, output': { amount: 40 }, 'gpt-4o, batch output': { amount: 15 }, 'web search tool calls, low context': { amount: 5 }, other: { amount: 10 } }],
      { kind: 'costs', type: 'costs', measures: ['amount'] },
    );
    expect(modelsBySpend(answer).map((m) => [m.model, m.amount, m.share, m.lineItems.length])).toEqual([
      ['gpt-4o', 45, 0.45, 2],
      ['o3', 40, 0.4, 1],
      ['web search tool calls', 5, 0.05, 1],
      ['Other line items', 10, 0.1, 0],
    ]);
  });
});

describe('token trend', () => {
  it('sums input and output tokens of the last 30 days and compares them with the 30 before', () => {
    const now = Date.UTC(2026, 2, 12, 9) / 1000;
    const start = last30Days(now).start - 30 * DAY;
    const values = Array.from({ length: 60 }, (_, i) => ({ all: { input_tokens: i < 30 ? 100 : 150, output_tokens: i < 30 ? 50 : 50 } }));
    const trend = tokenTrend(testAnswer([{ key: 'all', label: 'All', group: {} }], values, { start }), now);
    expect(trend).toMatchObject({ input: 4500, output: 1500, total: 6000, previousTotal: 4500 });
    expect(trend.change).toBeCloseTo(1 / 3);
    expect(trend.rows).toHaveLength(30);
    expect(trend.rows[0]).toEqual({ start: last30Days(now).start, end: last30Days(now).start + DAY, s0: 150, s1: 50 });
    expect(trend.series.map((s) => s.total)).toEqual([4500, 1500]);
  });

  it('has no change when the 30 days before had no tokens', () => {
    const now = Date.UTC(2026, 2, 12, 9) / 1000;
    const trend = tokenTrend(testAnswer([{ key: 'all', label: 'All', group: {} }], [{ all: { input_tokens: 5, output_tokens: 1 } }], { start: last30Days(now).start }), now);
    expect(trend.change).toBeNull();
  });
});

describe('the overview’s one costs answer', () => {
  const costsAnswer = (start: number, end: number) => {
    const days = Math.ceil((end - start) / DAY);
    // A different amount each day (the day of the month), so a wrong cut shows in the sums.
    const values = Array.from({ length: days }, (_, i) => ({ all: { amount: new Date((start + i * DAY) * 1000).getUTCDate() } }));
    return testAnswer([{ key: 'all', label: 'All', group: {} }], values, { start, kind: 'costs', type: 'costs', measures: ['amount'] });
  };

  it('covers both cards’ ranges, whichever starts earlier', () => {
    for (const now of [Date.UTC(2026, 2, 1, 9) / 1000, Date.UTC(2026, 2, 31, 9) / 1000, Date.UTC(2026, 6, 15, 9) / 1000]) {
      const range = overviewCostsRange(now);
      expect(range.end).toBe(now);
      expect(range.start).toBe(Math.min(summaryRange(now).start, last30Days(now).start));
    }
    // On the 1st of March, 30 days back reach further than the 1st of February.
    expect(overviewCostsRange(Date.UTC(2026, 2, 1, 9) / 1000).start).toBe(last30Days(Date.UTC(2026, 2, 1, 9) / 1000).start);
    expect(overviewCostsRange(Date.UTC(2026, 2, 31, 9) / 1000).start).toBe(summaryRange(Date.UTC(2026, 2, 31, 9) / 1000).start);
  });

  it('gives the daily card what an answer for the last 30 days alone would hold', () => {
    const now = Date.UTC(2026, 2, 31, 9) / 1000;
    const union = costsAnswer(overviewCostsRange(now).start, now);
    const alone = costsAnswer(last30Days(now).start, now);
    const cut = costsFrom(union, last30Days(now).start);
    expect(cut.buckets).toEqual(alone.buckets);
    expect(cut.totals).toEqual(alone.totals);
    expect(cut.series).toEqual(alone.series);
    expect(cut.start).toBe(alone.start);
    expect(cut.buckets).toHaveLength(30);
  });

  it('gives the month card the same summary as an answer for its own range', () => {
    for (const now of [Date.UTC(2026, 2, 1, 9) / 1000, Date.UTC(2026, 2, 31, 9) / 1000]) {
      const union = costsAnswer(overviewCostsRange(now).start, now);
      const alone = costsAnswer(summaryRange(now).start, now);
      expect(summarizeCosts(dailyCosts(union), now)).toEqual(summarizeCosts(dailyCosts(alone), now));
    }
  });

  it('leaves an answer that starts at or after the cut as it is, and zeroes a series with nothing left', () => {
    const now = Date.UTC(2026, 2, 31, 9) / 1000;
    const alone = costsAnswer(last30Days(now).start, now);
    expect(costsFrom(alone, last30Days(now).start)).toBe(alone);
    const early = testAnswer(
      [{ key: 'all', label: 'All', group: {} }],
      [{ all: { amount: 5 } }, {}],
      { start: last30Days(now).start - DAY, kind: 'costs', type: 'costs', measures: ['amount'] },
    );
    const cut = costsFrom(early, last30Days(now).start);
    expect(cut.totals).toEqual({ amount: 0 });
    expect(cut.series[0]?.totals).toEqual({ amount: 0 });
    expect(cut.buckets).toHaveLength(1);
  });
});
