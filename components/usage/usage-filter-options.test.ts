import { describe, expect, it } from 'vitest';
import { testAnswer } from '@/components/charts/test-answer';
import { filterValueOptions, SEEN_TOP, seenValueSearch, truncatedOptionsNote } from './usage-filter-options';
import { readUsageUrl } from './usage-url';

const users = (withOther: boolean) =>
  testAnswer(
    [
      { key: 'user-a', label: 'Ada', group: { user_id: 'user-a' } },
      { key: 'user-b', label: 'user-b', group: { user_id: 'user-b' } },
      ...(withOther ? [{ key: 'other', label: 'Other', group: {} }] : []),
    ],
    [{ 'user-a': { input_tokens: 9 }, 'user-b': { input_tokens: 5 }, ...(withOther ? { other: { input_tokens: 1 } } : {}) }],
  );

describe('seen-value filter options', () => {
  it('lists the named values, largest first, without "other"', () => {
    expect(filterValueOptions(users(true), 'user_id')).toEqual([
      { value: 'user-a', label: 'Ada', hint: 'user-a' },
      { value: 'user-b', label: 'user-b', hint: undefined },
    ]);
  });

  it('says the list is cut when the answer summed the rest into "other", and only then', () => {
    expect(truncatedOptionsNote(users(true))).toBe(
      `Only the ${SEEN_TOP} with the most use in this range are listed; narrow the range or type an id.`,
    );
    expect(truncatedOptionsNote(users(false))).toBeNull();
    expect(truncatedOptionsNote(null)).toBeNull();
  });

  it('asks the engine for the top 50 grouped by the field, without the filter itself', () => {
    const state = readUsageUrl({ type: 'completions', user: 'user-a', model: 'gpt-4o' });
    const search = seenValueSearch(state, { start: 0, end: 86_400 }, 'user_ids');
    expect(search.get('top')).toBe(String(SEEN_TOP));
    expect(search.getAll('group_by')).toEqual(['user_id']);
    expect(search.getAll('user_ids')).toEqual([]);
    expect(search.getAll('models')).toEqual(['gpt-4o']);
  });
});
