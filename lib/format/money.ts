/*
 * Amounts in the Admin API's spend alerts and limits are integer cents of a currency (USD only
 * today). People read and type them in the currency's units: "$1,250.50". Usage and cost amounts
 * arrive in the currency's units already (formatMoney).
 */

const formats = new Map<string, Intl.NumberFormat>();

/** The one currency formatter, built once per currency and digits (Intl.NumberFormat is costly to make). */
function moneyFormat(currency: string, digits: number, notation: 'standard' | 'compact' = 'standard'): Intl.NumberFormat {
  const code = currency.toUpperCase();
  const key = `${code}:${digits}:${notation}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', notation === 'compact' ? { style: 'currency', currency: code, notation, maximumFractionDigits: digits } : { style: 'currency', currency: code, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format;
}

/** "$1,234.56" from an amount in the currency's units; above zero but under a cent reads "< $0.01". */
export function formatMoney(amount: number, currency = 'usd'): string {
  if (amount > 0 && amount < 0.005) return `< ${moneyFormat(currency, 2).format(0.01)}`;
  return moneyFormat(currency, 2).format(amount);
}

/** "$1.2K", "$350", "$0.50": for axis ticks. */
export function formatMoneyCompact(amount: number, currency = 'usd'): string {
  if (Math.abs(amount) >= 1000) return moneyFormat(currency, 1, 'compact').format(amount);
  return moneyFormat(currency, Math.abs(amount) < 10 && amount % 1 !== 0 ? 2 : 0).format(amount);
}

/** "$1,250.50" (or "$1,250" for whole amounts) from cents. */
export function formatCents(cents: number, currency = 'USD'): string {
  return moneyFormat(currency, cents % 100 === 0 ? 0 : 2).format(cents / 100);
}

export type AmountParse = { ok: true; cents: number } | { ok: false; error: string };

/** The largest amount accepted: a billion in the currency, far above any real budget. */
const MAX_CENTS = 100_000_000_000;

/**
 * An amount typed in the currency's units ("1250", "1,250.5", "$ 1250.50") → integer cents.
 * Refuses negatives, more than two decimals and anything that is not a plain number.
 */
export function parseAmount(text: string, { min = 0 }: { min?: number } = {}): AmountParse {
  const cleaned = text.trim().replace(/^\$\s*/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  if (cleaned === '') return { ok: false, error: 'Enter an amount.' };
  if (cleaned.startsWith('-')) return { ok: false, error: 'The amount cannot be negative.' };
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) {
    if (/^\d+\.\d{3,}$/.test(cleaned)) return { ok: false, error: 'Use at most two decimals (cents).' };
    return { ok: false, error: 'Enter a number, such as 1000 or 1250.50.' };
  }
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (cents > MAX_CENTS) return { ok: false, error: `Enter at most ${formatCents(MAX_CENTS)}.` };
  if (cents < min) return { ok: false, error: `Enter at least ${formatCents(min)}.` };
  return { ok: true, cents };
}

/** Cents as the text a form field starts with: "1250.5" → "1250.50", whole amounts without decimals. */
export function centsToInput(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}
