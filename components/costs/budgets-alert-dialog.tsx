'use client';

import { useState, type FormEvent } from 'react';
import type { SpendAlertBody } from '@/lib/admin/fields';
import type { SpendAlert } from '@/lib/budgets/types';
import { centsToInput } from '@/lib/format/money';
import { describeError } from '@/lib/queries/admin-fetch';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';
import { alertBodyFrom, alertWarnings, amountPreview, type AlertFormErrors, type AlertFormValues } from './budgets-form';
import { BudgetWarnings } from './budgets-warnings';
import { FormFooter } from '@/components/ui/form-error';

export interface BudgetsAlertDialogProps {
  open: boolean;
  onClose: () => void;
  /** The alert being edited; null to create one. */
  alert: SpendAlert | null;
  /** Whose spend: a project's name or "the organization". */
  ownerName: string;
  /** The other alerts and the hard limit, to warn about thresholds that would not do what one expects. */
  alerts: readonly SpendAlert[];
  limitCents: number | null;
  /** Resolves when saved; rejects with the error to show. */
  onSave: (body: SpendAlertBody) => Promise<unknown>;
}

/** Create or edit a spend alert: a monthly threshold in USD and who is emailed when spend crosses it. */
export function BudgetsAlertDialog({ open, onClose, alert, ownerName, ...rest }: BudgetsAlertDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={alert ? 'Edit spend alert' : 'Create spend alert'}
      description={`OpenAI emails the recipients when ${ownerName}’s spend this calendar month crosses the threshold. Alerts are checked monthly, in US dollars, by email: the only interval, currency and channel the Admin API offers.`}
    >
      {open && <AlertForm key={alert?.id ?? 'new'} alert={alert} onClose={onClose} {...rest} />}
    </Dialog>
  );
}

function AlertForm({ alert, alerts, limitCents, onSave, onClose }: Omit<BudgetsAlertDialogProps, 'open' | 'ownerName'>) {
  const [values, setValues] = useState<AlertFormValues>({
    threshold: alert ? centsToInput(alert.threshold_amount) : '',
    recipients: alert?.notification_channel.recipients.join(', ') ?? '',
    subjectPrefix: alert?.notification_channel.subject_prefix ?? '',
  });
  const [errors, setErrors] = useState<AlertFormErrors & { form?: string }>({});
  const [pending, setPending] = useState(false);
  // Editing a field drops its message (it was about the old text); the form's own stays until the next try.
  const set = (key: keyof AlertFormValues) => (e: { target: { value: string } }) => {
    setValues({ ...values, [key]: e.target.value });
    setErrors(({ [key]: _, ...rest }) => rest);
  };
  const warnings = alertWarnings(values.threshold, { limitCents, alerts, editingId: alert?.id ?? null });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = alertBodyFrom(values);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    setPending(true);
    try {
      await onSave(result.body);
      onClose();
    } catch (err) {
      setErrors({ form: describeError(err) });
    } finally {
      setPending(false);
    }
  }

  const label = alert ? 'Edit spend alert' : 'Create spend alert';
  return (
    <form onSubmit={submit} noValidate aria-label={label} className="space-y-4">
      <Field
        id="alert-threshold"
        label="Monthly threshold (USD)"
        error={errors.threshold}
        hint={amountPreview(values.threshold) ?? 'Spend this calendar month, in US dollars, e.g. 1000 or 1,250.50.'}
      >
        <div className="relative">
          <span className="text-muted-foreground pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-sm">$</span>
          <Input id="alert-threshold" inputMode="decimal" autoComplete="off" autoFocus className="pr-12 pl-7" value={values.threshold} aria-invalid={!!errors.threshold} onChange={set('threshold')} />
          <span className="text-muted-foreground pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-xs">USD</span>
        </div>
      </Field>
      <BudgetWarnings warnings={warnings} />
      <Field id="alert-recipients" label="Recipients" error={errors.recipients} hint="Email addresses, separated by commas or new lines.">
        <textarea
          id="alert-recipients"
          rows={3}
          value={values.recipients}
          aria-invalid={!!errors.recipients}
          onChange={set('recipients')}
          className="border-input bg-card focus-visible:ring-ring aria-invalid:border-danger w-full rounded-md border px-3 py-2 text-sm focus-visible:ring-2 focus-visible:outline-none"
        />
      </Field>
      <Field id="alert-subject" label="Email subject prefix" error={errors.subjectPrefix} hint="Optional, e.g. [OpenAI spend].">
        <Input id="alert-subject" autoComplete="off" value={values.subjectPrefix} aria-invalid={!!errors.subjectPrefix} onChange={set('subjectPrefix')} />
      </Field>
      <FormFooter error={errors.form} pending={pending} onCancel={onClose} submitLabel={alert ? 'Save alert' : 'Create alert'} />
    </form>
  );
}
