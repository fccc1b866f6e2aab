/*
 * Amounts in the Admin API's spend alerts and limits are integer cents of a currency (USD only
 * today). People read and type them in the currency's units: "$1,250.50".
 */

/** "$1,250.50" (or "$1,250" for whole amounts) from cents. */
export function formatCents(cents: number, currency = 'USD'): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
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
