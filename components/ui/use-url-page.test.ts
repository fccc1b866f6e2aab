import { describe, expect, it } from 'vitest';
import { pageOf } from './pager';
import { pageFromParam, pageParam } from './use-url-page';

describe('the page in the URL', () => {
  it('reads page 1 from no param and from anything that is not a page number', () => {
    for (const value of ['', '0', '-2', '1.5', 'abc', ' ', 'Infinity']) expect(pageFromParam(value)).toBe(1);
    expect(pageFromParam('1')).toBe(1);
    expect(pageFromParam('7')).toBe(7);
  });

  it('writes no param for page 1 and the number otherwise; the two round-trip', () => {
    expect(pageParam(1)).toBe('');
    expect(pageParam(0)).toBe('');
    expect(pageParam(2)).toBe('2');
    for (const page of [1, 2, 3, 40]) expect(pageFromParam(pageParam(page))).toBe(page);
  });

  it('a page past the end of a shorter list (a new search) shows its last page', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(items, pageFromParam('3'), 50).items).toEqual(items.slice(100));
    expect(pageOf(items.slice(0, 20), pageFromParam('3'), 50)).toMatchObject({ page: 1, pages: 1 });
  });
});
