'use client';

import { useState, type FormEvent } from 'react';
import { nameString } from '@/lib/admin/fields';
import { describeError } from '@/lib/queries/admin-fetch';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';

/** The registry's rule for a group name (create and rename): trimmed, 1..255 characters. */
export const groupNameSchema = nameString(255);

export interface GroupNameDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  initialName?: string;
  /** Resolves when saved; rejects with the error to show. */
  onSubmit: (name: string) => Promise<unknown>;
}

/** The one form behind "Create group" and "Rename", validated with the server's own schema. */
export function GroupNameDialog({ open, onClose, title, ...form }: GroupNameDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={title}>
      {open && <NameForm key={form.initialName} {...form} onClose={onClose} />}
    </Dialog>
  );
}

function NameForm({
  initialName = '',
  submitLabel,
  onSubmit,
  onClose,
}: Omit<GroupNameDialogProps, 'open' | 'title'>) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = groupNameSchema.safeParse(name);
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
      <Field
        id="group-name"
        label="Group name"
        error={error}
        hint="People see it wherever the group is given access: projects and roles."
      >
        <Input
          id="group-name"
          name="name"
          value={name}
          autoFocus
          autoComplete="off"
          aria-invalid={!!error}
          aria-describedby={error ? 'group-name-error' : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
