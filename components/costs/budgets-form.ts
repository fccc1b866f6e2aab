import { parseEmailList } from '@/lib/admin/email-list';
import { spendAlertBodySchema, spendLimitBodySchema, type SpendAlertBody, type SpendLimitBody } from '@/lib/admin/fields';
import { formatCents, parseAmount } from '@/lib/format/money';

/*
 * The spend alert and spend limit forms (organization and project): what a person types (amounts
 * in dollars, recipients as a pasted list) → the body the Admin API takes (cents, an address
 * array), checked with the same schemas the proxy validates with. Plus the warnings worth reading
 * before saving: things the API accepts but that would not do what the person expects.
 */

export type RecipientsParse = { ok: true; recipients: string[] } | { ok: false; error: string };

/** The most recipients one alert takes here: a mailing list is the way to reach more. */
export const MAX_RECIPIENTS = 20;

/** A pasted list of addresses (commas, semicolons, spaces or lines; `Name <a@b>` too), lower-cased and de-duplicated. */
export function parseRecipients(text: string): RecipientsParse {
  const entries = parseEmailList(text);
  if (entries.length === 0) return { ok: false, error: 'Add at least one recipient.' };
  const invalid = entries.filter((e) => e.verdict === 'invalid');
  if (invalid.length > 0) {
    const [first] = invalid;
    const more = invalid.length > 1 ? ` (and ${invalid.length - 1} more)` : '';
    return { ok: false, error: `“${first?.source ?? ''}” is not a valid address: ${first?.reason ?? ''}${more}` };
  }
  const recipients = entries.filter((e) => e.verdict === 'valid').map((e) => e.email);
  if (recipients.length > MAX_RECIPIENTS) return { ok: false, error: `Use at most ${MAX_RECIPIENTS} recipients; a mailing list reaches more.` };
  return { ok: true, recipients };
}

export interface AlertFormValues {
  threshold: string;
  recipients: string;
  subjectPrefix: string;
}

export type AlertFormErrors = Partial<Record<keyof AlertFormValues, string>>;

export type AlertFormResult = { ok: true; body: SpendAlertBody } | { ok: false; errors: AlertFormErrors };

/** The alert form → the body to send (USD, monthly: the only currency and interval the API has). */
export function alertBodyFrom(values: AlertFormValues): AlertFormResult {
  const errors: AlertFormErrors = {};
  const amount = parseAmount(values.threshold, { min: 1 });
  if (!amount.ok) errors.threshold = amount.error;
  const recipients = parseRecipients(values.recipients);
  if (!recipients.ok) errors.recipients = recipients.error;
  const prefix = values.subjectPrefix.trim();
  if (prefix.length > 256) errors.subjectPrefix = 'Use at most 256 characters.';
  if (!amount.ok || !recipients.ok || errors.subjectPrefix) return { ok: false, errors };
  const parsed = spendAlertBodySchema.safeParse({
    threshold_amount: amount.cents,
    currency: 'USD',
    interval: 'month',
    notification_channel: { type: 'email', recipients: recipients.recipients, subject_prefix: prefix || null },
  });
  if (!parsed.success) return { ok: false, errors: { recipients: parsed.error.issues[0]?.message ?? 'Check the form.' } };
  return { ok: true, body: parsed.data };
}

export type LimitFormResult = { ok: true; body: SpendLimitBody } | { ok: false; error: string };

/** The spend limit form → the body to send. */
export function limitBodyFrom(threshold: string): LimitFormResult {
  const amount = parseAmount(threshold, { min: 1 });
  if (!amount.ok) return amount;
  const parsed = spendLimitBodySchema.safeParse({ threshold_amount: amount.cents, currency: 'USD', interval: 'month' });
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, error: parsed.error.issues[0]?.message ?? 'Check the amount.' };
}

/** "$1,250.50 a month" for what is typed so far, or null while it is not an amount. */
export function amountPreview(text: string): string | null {
  const amount = parseAmount(text, { min: 1 });
  return amount.ok ? `${formatCents(amount.cents)} a month` : null;
}

/**
 * Warnings for an alert threshold (not errors: the API takes it): one above the hard limit is
 * never sent, since spending stops at the limit; one at the threshold of another alert repeats it.
 */
export function alertWarnings(
  text: string,
  context: { limitCents: number | null; alerts: readonly { id: string; threshold_amount: number }[]; editingId: string | null },
): string[] {
  const amount = parseAmount(text, { min: 1 });
  if (!amount.ok) return [];
  const out: string[] = [];
  if (context.limitCents !== null && amount.cents > context.limitCents)
    out.push(`Above the ${formatCents(context.limitCents)} spend limit: spending stops at the limit, so this alert would never be sent.`);
  if (context.alerts.some((a) => a.id !== context.editingId && a.threshold_amount === amount.cents))
    out.push(`An alert at ${formatCents(amount.cents)} already exists: adding these recipients to it sends one email instead of two.`);
  return out;
}

/** Warnings for a hard limit: the alerts above it would never be sent. */
export function limitWarnings(text: string, alerts: readonly { threshold_amount: number }[]): string[] {
  const amount = parseAmount(text, { min: 1 });
  if (!amount.ok) return [];
  const out: string[] = [];
  const silenced = alerts.filter((a) => a.threshold_amount > amount.cents).map((a) => formatCents(a.threshold_amount));
  if (silenced.length > 0)
    out.push(`${silenced.length === 1 ? 'The alert at' : 'The alerts at'} ${silenced.join(', ')} would never be sent: spending stops at the limit first.`);
  return out;
}
