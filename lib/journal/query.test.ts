import { describe, expect, it } from 'vitest';
import { dayStart } from '@/lib/format/dates';
import { operationsMatching, operationWords, OPERATION_FAMILIES } from './operations';
import { JOURNAL_PAGE_SIZE, journalSearch, type JournalFilters } from './query';
import { parseJournalQuery } from './parse-query';

const none: JournalFilters = { user: '', outcome: '', family: '', q: '', from: '', to: '', status: '' };
const parse = (text: string) => parseJournalQuery(new URLSearchParams(text));

describe('the journal page’s filters as a query', () => {
  it('sends only what is set, days as seconds in local time, and one cursor', () => {
    const search = journalSearch({ ...none, user: 'ada@example.com', status: 'attention', q: '  projects  ', from: '2026-03-01', to: '2026-03-02' }, { after: 120 });
    expect(Object.fromEntries(search)).toEqual({
      user: 'ada@example.com',
      status: 'attention',
      q: 'projects',
      since: String(dayStart('2026-03-01')),
      until: String(dayStart('2026-03-03')),
      after: '120',
      limit: String(JOURNAL_PAGE_SIZE),
    });
    expect(journalSearch(none, { before: 7 }).get('before')).toBe('7');
    expect([...journalSearch(none, {}, null).keys()]).toEqual([]);
  });

  it('what the page sends, the server takes back unchanged', () => {
    const search = journalSearch({ ...none, outcome: 'failed', family: 'projects', from: '2026-01-10', to: '2026-01-10' }, { before: 40 });
    const parsed = parseJournalQuery(search);
    expect(parsed).toEqual({ ok: true, query: { outcome: 'failed', family: 'projects', since: dayStart('2026-01-10'), until: dayStart('2026-01-11'), before: 40, limit: JOURNAL_PAGE_SIZE } });
  });
});

describe('checking the journal routes’ query', () => {
  it('takes an empty query with the default page size', () => {
    expect(parse('')).toEqual({ ok: true, query: { limit: 50 } });
  });

  it('lowercases the console user’s email', () => {
    expect(parse('user=Ada@Example.com')).toMatchObject({ ok: true, query: { user: 'ada@example.com' } });
  });

  it.each([
    ['user=not-an-email', 'user', 'email'],
    ['outcome=maybe', 'outcome', 'succeeded, failed, unknown, pending'],
    ['family=everything', 'family', 'kind of change'],
    ['status=later', 'status', 'attention, no_event'],
    ['q=', 'q', 'must not be empty'],
    [`q=${'x'.repeat(201)}`, 'q', 'at most 200'],
    ['since=yesterday', 'since', 'whole number'],
    ['since=-5', 'since', 'whole number'],
    ['since=yesterday', 'since', 'From:'],
    ['since=200&until=100', 'until', 'To: must be the same day as From or later'],
    ['after=0', 'after', 'at least 1'],
    ['after=abc', 'after', 'whole number'],
    ['after=5&before=9', 'before', 'not both'],
    ['limit=101', 'limit', 'at most 100'],
    ['limit=2.5', 'limit', 'whole number'],
    ['outcome=failed&outcome=unknown', 'outcome', 'once'],
    ['operation=projects.create', 'operation', 'no such filter'],
    ['user[]=a@b.co', 'user[]', 'no such filter'],
  ])('refuses %s, naming the parameter', (text, param, words) => {
    const parsed = parse(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.param).toBe(param);
    expect(parsed.message).toContain(words);
  });
});

describe('operations in words', () => {
  it('tells registry operations and the console’s own in words', () => {
    expect(operationWords('projects.create')).toBe('Create a project');
    expect(operationWords('consoleUsers.setRole')).toContain('console user');
    expect(operationWords('something.new')).toBe('something.new');
  });

  it('finds operations by their words or names', () => {
    expect(operationsMatching('archive')).toContain('projects.archive');
    expect(operationsMatching('CONSOLE USER')).toContain('consoleUsers.create');
    expect(operationsMatching('   ')).toEqual([]);
    // Reads are never journalled, so never offered.
    expect(operationsMatching('list')).not.toContain('projects.list');
  });

  it('puts every operation the journal can hold in exactly one family', () => {
    for (const name of [...operationsMatching('.'), 'sandbox.reset', 'account.changePassword']) {
      const families = OPERATION_FAMILIES.filter((f) => f.prefixes.some((p) => name.startsWith(p)));
      expect(families.map((f) => f.value), name).toHaveLength(1);
    }
  });
});
