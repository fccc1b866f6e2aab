import { describe, expect, it } from 'vitest';
import { csvFileName, fileSlug, toCsv } from './csv';

type Row = { name: string | null; n: number };
const columns = [
  { header: 'Name', value: (r: Row) => r.name },
  { header: 'Count', value: (r: Row) => r.n },
];

describe('toCsv', () => {
  it('writes a header and one CRLF line per row', () => {
    expect(
      toCsv(columns, [
        { name: 'Ava', n: 2 },
        { name: null, n: 0 },
      ]),
    ).toBe('Name,Count\r\nAva,2\r\n,0\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv(columns, [{ name: 'Okafor, "Dan"\nOps', n: 1 }])).toBe(
      'Name,Count\r\n"Okafor, ""Dan""\nOps",1\r\n',
    );
  });

  it('keeps formulas as text but leaves negative numbers alone', () => {
    const out = toCsv(columns, [
      { name: '=HYPERLINK("http://x")', n: -3 },
      { name: '@SUM(A1)', n: 1 },
      { name: '-rm', n: 1 },
    ]);
    expect(out.split('\r\n')).toEqual([
      'Name,Count',
      `"'=HYPERLINK(""http://x"")",-3`,
      "'@SUM(A1),1",
      "'-rm,1",
      '',
    ]);
  });

  it('names the file by what and the day', () => {
    expect(csvFileName('members', new Date('2026-11-23T10:00:00Z'))).toBe('members-2026-11-23.csv');
  });
});

describe('fileSlug', () => {
  it('makes file names from group and project names', () => {
    expect(fileSlug('Security & Compliance', 'group')).toBe('security-compliance');
    expect(fileSlug('Customer Support Assistant!', 'project')).toBe('customer-support-assistant');
  });
  it('falls back when nothing is left, and stays short', () => {
    expect(fileSlug('***', 'group')).toBe('group');
    expect(fileSlug('', 'project')).toBe('project');
    expect(fileSlug(`${'a'.repeat(59)} b`, 'x')).toBe('a'.repeat(59));
  });
});
