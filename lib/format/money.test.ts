import { describe, expect, it } from 'vitest';
import { centsToInput, formatCents, formatMoney, formatMoneyCompact, parseAmount } from './money';

describe('formatCents', () => {
  it('shows whole amounts without cents and others with two decimals', () => {
    expect(formatCents(100_000)).toBe('$1,000');
    expect(formatCents(125_050)).toBe('$1,250.50');
    expect(formatCents(5)).toBe('$0.05');
    expect(formatCents(0)).toBe('$0');
  });
});

describe('formatMoney', () => {
  it('shows amounts in the currency with cents, tiny ones as under a cent', () => {
    expect(formatMoney(1234.567)).toBe('$1,234.57');
    expect(formatMoney(0)).toBe('$0.00');
    expect(formatMoney(0.001)).toBe('< $0.01');
    expect(formatMoney(12, 'eur')).toBe('€12.00');
    expect(formatCents(1200, 'eur')).toBe('€12');
    expect(formatMoneyCompact(12_345)).toBe('$12.3K');
    expect(formatMoneyCompact(2.5)).toBe('$2.50');
  });
});

describe('parseAmount', () => {
  it('reads plain, grouped and dollar-signed amounts into cents', () => {
    expect(parseAmount('1000')).toEqual({ ok: true, cents: 100_000 });
    expect(parseAmount(' $1,250.5 ')).toEqual({ ok: true, cents: 125_050 });
    expect(parseAmount('0.07')).toEqual({ ok: true, cents: 7 });
    expect(parseAmount('12,345,678.90')).toEqual({ ok: true, cents: 1_234_567_890 });
  });
  it('refuses what is not an amount, with a reason', () => {
    expect(parseAmount('')).toEqual({ ok: false, error: 'Enter an amount.' });
    expect(parseAmount('-5')).toEqual({ ok: false, error: 'The amount cannot be negative.' });
    expect(parseAmount('1.234')).toEqual({ ok: false, error: 'Use at most two decimals (cents).' });
    expect(parseAmount('ten')).toMatchObject({ ok: false });
    expect(parseAmount('1e5')).toMatchObject({ ok: false });
    expect(parseAmount('99999999999')).toMatchObject({ ok: false, error: expect.stringContaining('at most') });
  });
  it('applies a minimum', () => {
    expect(parseAmount('0', { min: 1 })).toEqual({ ok: false, error: 'Enter at least $0.01.' });
    expect(parseAmount('0.01', { min: 1 })).toEqual({ ok: true, cents: 1 });
  });
});

describe('centsToInput', () => {
  it('round-trips through parseAmount', () => {
    for (const cents of [0, 1, 99, 100, 125_050, 100_000]) {
      const parsed = parseAmount(centsToInput(cents));
      expect(parsed).toEqual({ ok: true, cents });
    }
  });
});
