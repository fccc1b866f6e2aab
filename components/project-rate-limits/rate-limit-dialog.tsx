'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';
import { ConsoleApiError, describeError } from '@/lib/queries/admin-fetch';
import { useUpdateRateLimit, type ProjectRateLimit } from '@/lib/queries/project-limits';
import {
  changesBody,
  checkDraft,
  draftOf,
  fieldLabel,
  fieldsOf,
  formatLimit,
  isRateLimitField,
  type LimitChange,
  type RateLimitDraft,
  type RateLimitField,
} from './rate-limit-edit';
import { ChangesTable } from './changes-table';
import { FormError } from '@/components/ui/form-error';

export interface RateLimitDialogProps {
  projectId: string;
  limit: ProjectRateLimit;
  onClose: () => void;
}

/**
 * A model's limits in two steps: edit (checked in the form, nothing sent while a value is
 * invalid), then review what changes, old → new, and save. A value the API refuses comes back
 * to its field with the API's reason.
 */
export function RateLimitDialog({ projectId, limit, onClose }: RateLimitDialogProps) {
  const [draft, setDraft] = useState<RateLimitDraft>(() => draftOf(limit));
  const [errors, setErrors] = useState<Partial<Record<RateLimitField, string>>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [review, setReview] = useState<LimitChange[] | null>(null);
  const update = useUpdateRateLimit(projectId);

  const onReview = (event: FormEvent) => {
    event.preventDefault();
    const check = checkDraft(limit, draft);
    setErrors(check.errors);
    if (!check.valid) {
      setNotice('Fix the values marked below: nothing has been sent.');
      return;
    }
    if (check.changes.length === 0) {
      setNotice('Nothing changed yet: every value is the current one.');
      return;
    }
    setNotice(null);
    setReview(check.changes);
  };

  const onSave = () => {
    if (!review) return;
    update.mutate(
      { limit, body: changesBody(review) },
      {
        onSuccess: onClose,
        onError: (error) => {
          // A refused value goes back to its field, with the API's explanation.
          if (error instanceof ConsoleApiError && error.status === 400 && isRateLimitField(error.param)) {
            setErrors({ [error.param]: 'Refused by the API: see why above.' });
            setNotice(`Nothing was changed. ${describeError(error)}`);
            setReview(null);
            update.reset();
          }
        },
      },
    );
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={`Edit limits for ${limit.model}`}
      description={
        review
          ? 'Check what changes before saving. Requests over a limit get 429 errors.'
          : 'Whole numbers of 1 or more. The organization’s own limits for this model are not readable through the API; a value above them is refused when saved.'
      }
    >
      {review ? (
        <div className="space-y-4">
          <ChangesTable changes={review} />
          <FormError message={update.isError ? describeError(update.error) : null} />
          <div className="flex justify-end gap-2 pt-2">
            <Button variant="secondary" onClick={() => { setReview(null); update.reset(); }} disabled={update.isPending}>
              Back
            </Button>
            <Button onClick={onSave} pending={update.isPending}>Save changes</Button>
          </div>
        </div>
      ) : (
        <form aria-label={`Limits for ${limit.model}`} noValidate onSubmit={onReview} className="space-y-4">
          {notice && (
            <p role="status" className="bg-muted rounded-md px-3 py-2 text-sm break-words">{notice}</p>
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            {fieldsOf(limit).map((field) => (
              <Field key={field} id={`rl-${field}`} label={fieldLabel(field)} error={errors[field]} hint={`Now ${formatLimit(limit[field])}`}>
                <Input
                  id={`rl-${field}`}
                  inputMode="numeric"
                  autoComplete="off"
                  value={draft[field] ?? ''}
                  aria-invalid={errors[field] ? true : undefined}
                  aria-describedby={errors[field] ? `rl-${field}-error` : undefined}
                  onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
                />
              </Field>
            ))}
          </div>
          <div className="flex justify-end gap-2 pt-2">
            <Button variant="secondary" onClick={onClose}>Cancel</Button>
            <Button type="submit">Review changes</Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
