import { describe, expect, it } from 'vitest';
import type { AttributedProject } from './attribution';
import { buildCatalogue } from './catalogue';
import { unit } from './hash';
import { encodePageToken, pageWindow, USAGE_LIMITS } from './page-query';
import { SeriesDay } from './series-day';
import { seedProjectId } from '../seed-ids';

// The engine's pieces on their own: attribution fallbacks, exact splits, page tokens.
const DAY = 86_400;
const now = 1_795_435_328;
const project = (keys: AttributedProject['keys']): AttributedProject => ({
  id: seedProjectId('Customer Support Assistant'),
  createdAt: now - 400 * DAY,
  archivedAt: null,
  members: [
    { userId: 'user-a', addedAt: now - 390 * DAY },
    { userId: 'user-b', addedAt: now - 300 * DAY },
  ],
  keys,
});

describe('the series catalogue', () => {
  it('attributes a project without keys to its members and to no one', () => {
    const { series } = buildCatalogue([project([])]);
    const actors = new Set(series.completions.map((s) => `${String(s.dims[1])}/${String(s.dims[2])}`));
    expect(actors).toEqual(new Set(['user-a/null', 'user-b/null', 'null/null']));
  });

  it('attributes to keys once there are some, without changing anyone else', () => {
    const oneKey = buildCatalogue([project([{ id: 'key_one', createdAt: now - 200 * DAY, userId: null }])]);
    const twoKeys = buildCatalogue([
      project([
        { id: 'key_one', createdAt: now - 200 * DAY, userId: null },
        { id: 'key_two', createdAt: now - 10 * DAY, userId: 'user-b' },
      ]),
    ]);
    expect(oneKey.series.completions.some((s) => s.dims[2] === 'key_one')).toBe(true);
    expect(twoKeys.series.completions.filter((s) => s.dims[2] !== 'key_two')).toEqual(oneKey.series.completions);
    const second = twoKeys.series.completions.filter((s) => s.dims[2] === 'key_two');
    expect(second.every((s) => s.dims[1] === 'user-b' && s.from >= Math.ceil((now - 10 * DAY) / 60))).toBe(true);
  });
});

describe('a series day', () => {
  it('splits its totals exactly at any minute boundaries, never going backwards', () => {
    const { series } = buildCatalogue([project([{ id: 'key_one', createdAt: now - 200 * DAY, userId: null }])]);
    const day = new SeriesDay(9);
    const target = series.completions[0];
    if (!target) throw new Error('no series');
    const dayNumber = Math.floor(now / DAY) - 3;
    expect(day.load(target, dayNumber, 1440)).toBe(true);
    let previous = 0;
    for (let m = 0; m <= 1440; m++) {
      const requests = day.requestsAt(m);
      expect(requests).toBeGreaterThanOrEqual(previous);
      previous = requests;
    }
    expect(day.requestsAt(1440)).toBe(day.requests);
    for (let k = 1; k < 9; k++) expect(day.measureAt(k, day.requests)).toBe(day.totals[k]);
    const cuts = [0, ...Array.from({ length: 30 }, (_, i) => Math.floor(unit(7, i) * 1441)), 1440].sort((a, b) => a - b);
    let sum = 0;
    for (let i = 1; i < cuts.length; i++) sum += day.measureAt(7, day.requestsAt(cuts[i] ?? 0)) - day.measureAt(7, day.requestsAt(cuts[i - 1] ?? 0));
    expect(sum).toBe(day.totals[7]);
  });
});

describe('page windows', () => {
  const limits = (width: '1m' | '1h' | '1d') => USAGE_LIMITS[width];
  it('aligns buckets to their width and stops at now', () => {
    const window = pageWindow({ start_time: now - 2 * DAY + 123, bucket_width: '1d' }, now, limits);
    expect(window.starts).toEqual([0, 1, 2].map((i) => (Math.floor(now / DAY) - 2 + i) * DAY));
    expect(window.nextPage).toBeNull();
  });

  it('continues from a page token and refuses a forged one', () => {
    const start = now - 10 * 3600;
    const first = pageWindow({ start_time: start, bucket_width: '1h', limit: 4 }, now, limits);
    const second = pageWindow({ start_time: start, bucket_width: '1h', limit: 4, page: first.nextPage }, now, limits);
    expect(second.starts[0]).toBe((first.starts[3] ?? 0) + 3600);
    expect(() => pageWindow({ start_time: start, bucket_width: '1h', page: encodePageToken(start - 7200 + 1, now) }, now, limits)).toThrow(/page/);
    expect(() => pageWindow({ start_time: start, bucket_width: '1h', page: 'page_%%%' }, now, limits)).toThrow(/page/);
  });
});
