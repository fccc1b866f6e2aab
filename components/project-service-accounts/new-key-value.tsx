'use client';

import type { NewSecret } from '@/lib/queries/project-keys';
import { SecretShownOnce } from '@/components/ui/secret-shown-once';

/** A service account's new API key, shown once. */
export function NewKeyValue({ secret, onDone }: { secret: NewSecret; onDone: () => void }) {
  return (
    <SecretShownOnce
      kind="API key"
      title={`Key “${secret.keyName}” of ${secret.ownerName}`}
      valueLabel="New API key value"
      value={secret.value}
      ifLost={`if it is lost, create another key for ${secret.ownerName}.`}
      onDone={onDone}
    />
  );
}
