'use client';

import { useId, useState, type FormEvent } from 'react';
import type { ZodType } from 'zod';
import { describeError } from '@/lib/queries/admin-fetch';
import { FormFooter } from './form-error';
import { Dialog } from './dialog';
import { Field, Input } from './input';

export interface NameDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  /** The field's label, e.g. "Project name". */
  label: string;
  hint: string;
  /** The server's own rule for the name (from lib/admin/fields.ts). */
  schema: ZodType<string>;
  initialName?: string;
  /** Resolves when saved; rejects with the error to show. */
  onSubmit: (name: string) => Promise<unknown>;
}

/** A dialog with one name field: create or rename a project, a group... */
export function NameDialog({ open, onClose, title, ...form }: NameDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={title}>
      {open && <NameForm key={form.initialName} {...form} onClose={onClose} />}
    </Dialog>
  );
}

function NameForm({ initialName = '', submitLabel, label, hint, schema, onSubmit, onClose }: Omit<NameDialogProps, 'open' | 'title'>) {
  const id = useId();
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = schema.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Enter a valid name.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      await onSubmit(parsed.data);
      onClose();
    } catch (err) {
      setError(describeError(err));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field id={id} label={label} error={error} hint={hint}>
        <Input
          id={id}
          name="name"
          value={name}
          autoFocus
          autoComplete="off"
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <FormFooter pending={pending} onCancel={onClose} submitLabel={submitLabel} />
    </form>
  );
}
