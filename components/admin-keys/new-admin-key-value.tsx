'use client';

import { SecretShownOnce } from '@/components/ui/secret-shown-once';

/** The value of an admin key just created, shown once. */
export function NewAdminKeyValue({ name, value, onDone }: { name: string; value: string; onDone: () => void }) {
  return (
    <SecretShownOnce
      kind="Admin key"
      title={name ? `Key “${name}”` : 'New key'}
      valueLabel="New admin key value"
      value={value}
      ifLost="if it is lost, delete the key and create a new one."
      onDone={onDone}
    />
  );
}
