import { describe, expect, it } from 'vitest';
import { pageOf } from './pager';

describe('pageOf', () => {
  const items = Array.from({ length: 120 }, (_, i) => i);
  it('slices one page and clamps the page number', () => {
    expect(pageOf(items, 1, 50)).toMatchObject({ page: 1, pages: 3, items: items.slice(0, 50) });
    expect(pageOf(items, 3, 50).items).toEqual(items.slice(100));
    expect(pageOf(items, 9, 50).page).toBe(3);
    expect(pageOf(items, 0, 50).page).toBe(1);
    expect(pageOf(items, Number('x'), 50).page).toBe(1);
    expect(pageOf([], 1, 50)).toEqual({ items: [], page: 1, pages: 1 });
  });
});
