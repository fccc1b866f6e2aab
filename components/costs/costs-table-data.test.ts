import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/format/csv';
import { testAnswer } from '@/components/charts/test-answer';
import { costDayCsvColumns, costDayRows, costSeriesCsvColumns, costSeriesRows } from './costs-table-data';
import { costsRange, readCostsUrl } from './costs-url';

const answer = testAnswer(
  [
    { key: 'gpt-4o, input', label: 'gpt-4o, input', group: { line_item: 'gpt-4o, input' } },
    { key: 'other', label: 'Other line items', group: {} },
  ],
  [{ 'gpt-4o, input': { amount: 1234.5 }, other: { amount: 0.25 } }, { 'gpt-4o, input': { amount: 10 } }],
  { kind: 'costs', type: 'costs', measures: ['amount'], currency: 'usd' },
);

describe('the costs tables', () => {
  it('per series: amount, share and average per day, then the total', () => {
    const rows = costSeriesRows(answer);
    expect(rows.map((r) => [r.label, r.amount, r.share.toFixed(4), r.perDay])).toEqual([
      ['gpt-4o, input', 1244.5, '0.9998', 622.25],
      ['Other line items', 0.25, '0.0002', 0.125],
      ['Total', 1244.75, '1.0000', 622.375],
    ]);
    expect(toCsv(costSeriesCsvColumns(answer, 'Line item', 'Line item (as billed)'), rows).split('\r\n')).toEqual([
      'Line item,Line item (as billed),Cost (USD),Share,Average per day (USD)',
      '"gpt-4o, input","gpt-4o, input",1244.50,100.0%,622.25',
      'Other line items,,0.25,0.0%,0.13',
      'Total,,1244.75,100.0%,622.38',
      '',
    ]);
  });

  it('per day: a column per series and the day’s total, oldest first, then the column totals', () => {
    const rows = costDayRows(answer);
    expect(rows.map((r) => r.total)).toEqual([1234.75, 10, 1244.75]);
    expect(toCsv(costDayCsvColumns(answer), rows).split('\r\n')).toEqual([
      'Day (UTC),"gpt-4o, input (USD)",Other line items (USD),Total (USD)',
      '2026-03-01,1234.50,0.25,1234.75',
      '2026-03-02,10.00,0.00,10.00',
      'Total,1244.50,0.25,1244.75',
      '',
    ]);
  });
});

describe('the costs URL', () => {
  it('falls back to 30 days by project, top 10, the series table', () => {
    expect(readCostsUrl({})).toEqual({ range: '30d', from: '', to: '', group: 'project_id', projects: [], top: 10, hidden: [], table: 'series' });
    expect(readCostsUrl({ range: '24h', group: 'model', table: 'day', top: '20' })).toMatchObject({ range: '30d', group: 'project_id', table: 'day', top: 20 });
  });

  it('takes a single custom day, and refuses more than three years', () => {
    const now = Date.UTC(2026, 2, 12, 10) / 1000;
    expect(costsRange({ range: 'custom', from: '2026-03-02', to: '2026-03-02' }, now)).toEqual({ ok: true, range: { start: Date.UTC(2026, 2, 2) / 1000, end: Date.UTC(2026, 2, 3) / 1000 } });
    expect(costsRange({ range: 'custom', from: '2020-01-01', to: '2026-03-01' }, now)).toMatchObject({ ok: false, error: expect.stringMatching(/up to 3 years.*Choose a shorter range\.$/) });
  });
});

it('rounds amounts in a CSV as the table shows them', () => {
  const one = testAnswer([{ key: 'a', label: 'A', group: { project_id: 'a' } }], [{ a: { amount: 800.415 } }], { kind: 'costs', type: 'costs', measures: ['amount'] });
  expect(toCsv(costSeriesCsvColumns(one, 'Project', 'Project id'), costSeriesRows(one)).split('\r\n')[1]).toBe('A,a,800.42,100.0%,800.42');
});
