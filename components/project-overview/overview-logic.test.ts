import { describe, expect, it } from 'vitest';
import { costWindow, crossedAlert, describeKeyUse, formatUsd, isStaleKey, modelOfLineItem, staleKeys, summarizeCosts, type CostBucket } from './overview-logic';

const DAY = 86_400;
const at = (iso: string) => new Date(iso);
const secs = (iso: string) => Date.parse(iso) / 1000;

function bucket(day: string, items: [string, number][]): CostBucket {
  const start = secs(`${day}T00:00:00Z`);
  return {
    object: 'bucket',
    start_time: start,
    end_time: start + DAY,
    results: items.map(([line_item, value]) => ({ object: 'organization.costs.result', line_item, amount: { value, currency: 'usd' } })),
  };
}

describe('costWindow', () => {
  it('covers the last 30 days when the month began later', () => {
    const w = costWindow(at('2026-11-23T15:00:00Z'));
    expect(w.monthStart).toBe(secs('2026-11-01T00:00:00Z'));
    expect(w.thirtyStart).toBe(secs('2026-10-25T00:00:00Z'));
    expect(w.start).toBe(w.thirtyStart);
    expect(w.end).toBe(secs('2026-11-24T00:00:00Z'));
    expect(w.days).toBe(30);
  });
  it('reaches back to the 1st on the 31st of a month (31 buckets)', () => {
    const w = costWindow(at('2026-12-31T23:59:59Z'));
    expect(w.start).toBe(secs('2026-12-01T00:00:00Z'));
    expect(w.days).toBe(31);
  });
  it('uses UTC days, so a late evening west of UTC is already the next day', () => {
    const w = costWindow(new Date('2026-11-30T20:00:00-08:00')); // 1 Dec 04:00 UTC
    expect(w.monthStart).toBe(secs('2026-12-01T00:00:00Z'));
    expect(w.days).toBe(30);
  });
  it('handles the 1st of a month and leap years', () => {
    // 29 days before 1 March: 1 February in a leap year, 31 January otherwise.
    expect(costWindow(at('2028-03-01T00:00:00Z')).thirtyStart).toBe(secs('2028-02-01T00:00:00Z'));
    expect(costWindow(at('2027-03-01T00:00:00Z')).thirtyStart).toBe(secs('2027-01-31T00:00:00Z'));
    expect(costWindow(at('2028-03-01T00:00:00Z')).monthStart).toBe(secs('2028-03-01T00:00:00Z'));
  });
});

describe('summarizeCosts', () => {
  const window = costWindow(at('2026-11-02T10:00:00Z'));
  const buckets = [
    bucket('2026-10-03', [['gpt-4.1, input', 100]]), // before the 30 days
    bucket('2026-10-31', [['gpt-4.1, input', 2], ['gpt-4.1, output', 3]]),
    bucket('2026-11-01', [['gpt-4o-mini, input', 1], ['gpt-4.1, output', 0.5]]),
    bucket('2026-11-02', [['web search tool calls', 4]]),
  ];
  const summary = summarizeCosts(buckets, window);
  it('splits this month from the last 30 days', () => {
    expect(summary.monthToDate).toBeCloseTo(5.5);
    expect(summary.last30).toBeCloseTo(10.5);
  });
  it('gives 30 days, oldest first, with zeros where nothing was spent', () => {
    expect(summary.daily).toHaveLength(30);
    expect(summary.daily[0]).toEqual({ day: '2026-10-04', amount: 0 });
    expect(summary.daily.at(-2)).toEqual({ day: '2026-11-01', amount: 1.5 });
    expect(summary.daily.at(-1)).toEqual({ day: '2026-11-02', amount: 4 });
  });
  it('groups line items by model, largest first, with shares', () => {
    expect(summary.models.map((m) => m.model)).toEqual(['gpt-4.1', 'web search tool calls', 'gpt-4o-mini']);
    expect(summary.models[0]?.amount).toBeCloseTo(5.5);
    expect(summary.models[0]?.share).toBeCloseTo(5.5 / 10.5);
    expect(summary.models[0]?.lineItems.map((l) => l.lineItem)).toEqual(['gpt-4.1, output', 'gpt-4.1, input']);
  });
  it('is all zeros without buckets', () => {
    const empty = summarizeCosts([], window);
    expect(empty).toMatchObject({ monthToDate: 0, last30: 0, models: [] });
  });
});

describe('modelOfLineItem', () => {
  it('keeps the model part', () => {
    expect(modelOfLineItem('gpt-4.1-mini, cached input')).toBe('gpt-4.1-mini');
    expect(modelOfLineItem('file search tool calls')).toBe('file search tool calls');
    expect(modelOfLineItem(null)).toBe('Other');
  });
});

describe('stale keys', () => {
  const now = at('2026-11-23T12:00:00Z');
  const daysAgo = (n: number) => now.getTime() / 1000 - n * DAY;
  it('is stale when last used 90 or more days ago', () => {
    expect(isStaleKey({ created_at: daysAgo(400), last_used_at: daysAgo(90) }, now)).toBe(true);
    expect(isStaleKey({ created_at: daysAgo(400), last_used_at: daysAgo(89) }, now)).toBe(false);
  });
  it('is stale when never used and created 90 or more days ago, not when new', () => {
    expect(isStaleKey({ created_at: daysAgo(91), last_used_at: null }, now)).toBe(true);
    expect(isStaleKey({ created_at: daysAgo(10), last_used_at: null }, now)).toBe(false);
  });
  it('says how long a key has been unused, in days', () => {
    expect(describeKeyUse({ created_at: daysAgo(400), last_used_at: daysAgo(177.5) }, now)).toBe('last used 177 days ago');
    expect(describeKeyUse({ created_at: daysAgo(91), last_used_at: null }, now)).toBe('never used, created 91 days ago');
    expect(describeKeyUse({ created_at: daysAgo(1), last_used_at: null }, now)).toBe('never used, created 1 day ago');
  });
  it('lists the longest unused first', () => {
    const keys = [
      { id: 'a', created_at: daysAgo(300), last_used_at: daysAgo(100) },
      { id: 'b', created_at: daysAgo(200), last_used_at: null },
      { id: 'c', created_at: daysAgo(300), last_used_at: daysAgo(1) },
    ];
    expect(staleKeys(keys, now).map((k) => k.id)).toEqual(['b', 'a']);
  });
});

describe('crossedAlert', () => {
  const alerts = [{ threshold_amount: 640_000 }, { threshold_amount: 800_000 }, { threshold_amount: 100_000 }];
  it('returns the highest threshold reached (cents against dollars)', () => {
    expect(crossedAlert(alerts, 6_400)).toEqual({ threshold_amount: 640_000 });
    expect(crossedAlert(alerts, 9_000)).toEqual({ threshold_amount: 800_000 });
  });
  it('returns null below every threshold or without alerts', () => {
    expect(crossedAlert(alerts, 999.99)).toBeNull();
    expect(crossedAlert([], 1e9)).toBeNull();
  });
});

describe('formatUsd', () => {
  it('formats dollars', () => {
    expect(formatUsd(1234.567)).toBe('$1,234.57');
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(0.001)).toBe('< $0.01');
  });
});
