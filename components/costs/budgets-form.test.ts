import { describe, expect, it } from 'vitest';
import { alertBodyFrom, alertWarnings, amountPreview, limitBodyFrom, limitWarnings, MAX_RECIPIENTS, parseRecipients } from './budgets-form';

describe('parseRecipients', () => {
  it('reads commas, semicolons, lines and Name <address>, lower-cased, without duplicates', () => {
    expect(parseRecipients('Finance <FINANCE@example.com>; ops@example.com\nops@example.com, ada@example.org')).toEqual({
      ok: true,
      recipients: ['finance@example.com', 'ops@example.com', 'ada@example.org'],
    });
  });
  it('refuses an empty list', () => {
    expect(parseRecipients('  ,  ')).toEqual({ ok: false, error: 'Add at least one recipient.' });
  });
  it('names the first invalid address and why', () => {
    const result = parseRecipients('ok@example.com, not-an-email, bad@nodot');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('“not-an-email” is not a valid address');
      expect(result.error).toContain('no @');
      expect(result.error).toContain('and 1 more');
    }
  });
  it('caps the list', () => {
    const many = Array.from({ length: MAX_RECIPIENTS + 1 }, (_, i) => `p${i}@example.com`).join(',');
    expect(parseRecipients(many)).toMatchObject({ ok: false });
  });
});

describe('alertBodyFrom', () => {
  it('builds the API body in cents, USD, monthly', () => {
    expect(alertBodyFrom({ threshold: '1,250.50', recipients: 'a@example.com', subjectPrefix: ' [Budget] ' })).toEqual({
      ok: true,
      body: {
        threshold_amount: 125_050,
        currency: 'USD',
        interval: 'month',
        notification_channel: { type: 'email', recipients: ['a@example.com'], subject_prefix: '[Budget]' },
      },
    });
  });
  it('sends no subject prefix when none is typed', () => {
    const result = alertBodyFrom({ threshold: '10', recipients: 'a@example.com', subjectPrefix: '' });
    expect(result.ok && result.body.notification_channel.subject_prefix).toBeNull();
  });
  it('reports every field at fault', () => {
    expect(alertBodyFrom({ threshold: 'lots', recipients: 'nobody', subjectPrefix: 'x'.repeat(300) })).toEqual({
      ok: false,
      errors: {
        threshold: 'Enter a number, such as 1000 or 1250.50.',
        recipients: expect.stringContaining('“nobody”'),
        subjectPrefix: 'Use at most 256 characters.',
      },
    });
    expect(alertBodyFrom({ threshold: '0', recipients: 'a@example.com', subjectPrefix: '' })).toMatchObject({ ok: false, errors: { threshold: 'Enter at least $0.01.' } });
  });
});

describe('limitBodyFrom', () => {
  it('builds the limit body or says what is wrong', () => {
    expect(limitBodyFrom('500')).toEqual({ ok: true, body: { threshold_amount: 50_000, currency: 'USD', interval: 'month' } });
    expect(limitBodyFrom('')).toEqual({ ok: false, error: 'Enter an amount.' });
  });
});

describe('amountPreview', () => {
  it('shows what is typed with the currency and thousands separators', () => {
    expect(amountPreview('1250000')).toBe('$1,250,000 a month');
    expect(amountPreview('$ 1,250.5')).toBe('$1,250.50 a month');
    expect(amountPreview('12.345')).toBeNull();
    expect(amountPreview('')).toBeNull();
  });
});

describe('alertWarnings', () => {
  const alerts = [
    { id: 'a1', threshold_amount: 100_000 },
    { id: 'a2', threshold_amount: 250_000 },
  ];
  it('warns about a threshold above the hard limit, which would never be sent', () => {
    expect(alertWarnings('3,000', { limitCents: 200_000, alerts, editingId: null })).toEqual([
      'Above the $2,000 spend limit: spending stops at the limit, so this alert would never be sent.',
    ]);
    expect(alertWarnings('2000', { limitCents: 200_000, alerts, editingId: null })).toEqual([]);
    expect(alertWarnings('3000', { limitCents: null, alerts, editingId: null })).toEqual([]);
  });
  it('warns about a second alert at the same threshold, but not about the alert being edited', () => {
    expect(alertWarnings('1000', { limitCents: null, alerts, editingId: null })).toEqual([
      'An alert at $1,000 already exists: adding these recipients to it sends one email instead of two.',
    ]);
    expect(alertWarnings('1000.00', { limitCents: null, alerts, editingId: 'a1' })).toEqual([]);
  });
  it('says nothing while the amount is not one', () => {
    expect(alertWarnings('lots', { limitCents: 1, alerts, editingId: null })).toEqual([]);
  });
});

describe('limitWarnings', () => {
  it('names the alerts a limit would silence', () => {
    const alerts = [{ threshold_amount: 100_000 }, { threshold_amount: 250_000 }, { threshold_amount: 500_000 }];
    expect(limitWarnings('2,000', alerts)).toEqual(['The alerts at $2,500, $5,000 would never be sent: spending stops at the limit first.']);
    expect(limitWarnings('4000', alerts)).toEqual(['The alert at $5,000 would never be sent: spending stops at the limit first.']);
    expect(limitWarnings('5000', alerts)).toEqual([]);
    expect(limitWarnings('0', alerts)).toEqual([]);
  });
});
