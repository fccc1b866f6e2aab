import { describe, expect, it } from 'vitest';
import { MAX_BUCKETS_PER_PAGE, MAX_COST_DAYS_PER_PAGE } from '@/lib/insights/catalogue';
import { bucketsPerPage } from './upstream';
import { bucketRange, planWindows, WIDTH_SECONDS, type FetchWindow } from './windows';

const DAY = 86_400;
const T0 = 1_767_225_600; // 2026-01-01T00:00:00Z, on every grid
const FAR = T0 + 10_000 * DAY; // a "now" after every range below

/** Every bucket start the windows cover, in order. */
const covered = (windows: FetchWindow[], seconds: number) =>
  windows.flatMap((w) => Array.from({ length: w.buckets }, (_, i) => w.start + i * seconds));

describe('page sizes', () => {
  it('are the API maximums: 1d 31, 1h 168, 1m 1440, costs 180 days', () => {
    expect(bucketsPerPage({ endpoint: 'completions', width: '1d' })).toBe(31);
    expect(bucketsPerPage({ endpoint: 'embeddings', width: '1h' })).toBe(168);
    expect(bucketsPerPage({ endpoint: 'web_search_calls', width: '1m' })).toBe(1440);
    expect(bucketsPerPage({ endpoint: 'costs', width: '1d' })).toBe(180);
  });
});

describe('bucketRange', () => {
  it('rounds the start down and the end up to the width, as the API aligns buckets', () => {
    const range = bucketRange(T0 + 3 * 3600 + 17, T0 + 2 * DAY + 5, '1d', FAR);
    expect(range).toMatchObject({ start: T0, end: T0 + 3 * DAY });
    expect(range.starts).toEqual([T0, T0 + DAY, T0 + 2 * DAY]);
  });

  it('keeps an end already on the grid', () => {
    expect(bucketRange(T0, T0 + 2 * 3600, '1h', FAR).starts).toEqual([T0, T0 + 3600]);
    expect(bucketRange(T0 + 60, T0 + 180, '1m', FAR).starts).toEqual([T0 + 60, T0 + 120]);
  });

  it('stops at the bucket now falls in (later ones do not exist yet)', () => {
    const now = T0 + 2 * DAY + 5 * 3600;
    expect(bucketRange(T0, T0 + 10 * DAY, '1d', now).starts).toEqual([T0, T0 + DAY, T0 + 2 * DAY]);
    expect(bucketRange(T0 + 3 * DAY, T0 + 10 * DAY, '1d', now).starts).toEqual([]);
  });
});

describe('planWindows', () => {
  // Every width with its page size, and costs.
  const cases = [
    ['1d', MAX_BUCKETS_PER_PAGE['1d']],
    ['1h', MAX_BUCKETS_PER_PAGE['1h']],
    ['1m', MAX_BUCKETS_PER_PAGE['1m']],
    ['1d (costs)', MAX_COST_DAYS_PER_PAGE],
  ] as const;

  describe.each(cases)('%s, %i buckets a page', (label, perPage) => {
    const seconds = WIDTH_SECONDS[label === '1d (costs)' ? '1d' : label];
    const plan = (buckets: number, start = T0) =>
      planWindows(bucketRange(start, start + buckets * seconds, label === '1d (costs)' ? '1d' : label, FAR).starts, seconds, perPage);

    it('one window for exactly one page', () => {
      expect(plan(perPage)).toEqual([{ start: T0, end: T0 + perPage * seconds, buckets: perPage }]);
    });

    it('one window per page for exact multiples', () => {
      const windows = plan(3 * perPage);
      expect(windows).toHaveLength(3);
      expect(windows.map((w) => w.buckets)).toEqual([perPage, perPage, perPage]);
      windows.slice(1).forEach((w, i) => expect(w.start).toBe(windows[i]?.end));
    });

    it('a short last window for a partial page', () => {
      const windows = plan(2 * perPage + 5);
      expect(windows.map((w) => w.buckets)).toEqual([perPage, perPage, 5]);
      expect(windows.at(-1)?.end).toBe(T0 + (2 * perPage + 5) * seconds);
    });

    it('one bucket more than a page makes a second window of one', () => {
      expect(plan(perPage + 1).map((w) => w.buckets)).toEqual([perPage, 1]);
    });

    it('a start off the grid begins at its bucket, every bucket covered once', () => {
      const start = T0 + Math.floor(seconds / 3) + 1;
      const starts = bucketRange(start, start + (perPage + 2) * seconds, label === '1d (costs)' ? '1d' : label, FAR).starts;
      expect(starts[0]).toBe(T0);
      const windows = planWindows(starts, seconds, perPage);
      expect(covered(windows, seconds)).toEqual(starts);
      for (const w of windows) expect(w.buckets).toBeLessThanOrEqual(perPage);
    });

    it('nothing to fetch, no window', () => {
      expect(planWindows([], seconds, perPage)).toEqual([]);
    });
  });

  it('skips buckets already kept, and reads kept ones again inside a page rather than pay another request', () => {
    const seconds = DAY;
    const all = Array.from({ length: 100 }, (_, i) => T0 + i * seconds);
    // Missing: days 0-4, 10-12 (same page as 0-4), then 60-61 (a later page), then 99.
    const missing = [...all.slice(0, 5), ...all.slice(10, 13), ...all.slice(60, 62), all[99] ?? 0];
    const windows = planWindows(missing, seconds, 31);
    expect(windows).toEqual([
      { start: T0, end: T0 + 13 * DAY, buckets: 13 },
      { start: T0 + 60 * DAY, end: T0 + 62 * DAY, buckets: 2 },
      { start: T0 + 99 * DAY, end: T0 + 100 * DAY, buckets: 1 },
    ]);
    for (const start of missing) expect(windows.some((w) => start >= w.start && start < w.end)).toBe(true);
  });

  it('only the open tail of a mostly kept range: one request', () => {
    const seconds = 3600;
    const starts = bucketRange(T0, T0 + 30 * DAY, '1h', FAR).starts;
    const windows = planWindows(starts.slice(-3), seconds, 168);
    expect(windows).toEqual([{ start: T0 + 30 * DAY - 3 * 3600, end: T0 + 30 * DAY, buckets: 3 }]);
  });
});
