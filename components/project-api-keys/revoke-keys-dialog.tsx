'use client';

import { CircleCheck, CircleX } from 'lucide-react';
import { describeError } from '@/lib/queries/admin-fetch';
import { useRevokeApiKeys, type ProjectAPIKey, type RevokeOutcome } from '@/lib/queries/project-keys';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { keyOwner } from './api-key-rules';
import { FormError } from '@/components/ui/form-error';

export interface RevokeKeysDialogProps {
  projectId: string;
  keys: ProjectAPIKey[];
  open: boolean;
  /** Called on close with the ids revoked (empty when cancelled). */
  onClose: (revoked: string[]) => void;
}

/** Revoke several keys: the confirm step lists them; afterwards, each key's outcome. */
export function RevokeKeysDialog({ projectId, keys, open, onClose }: RevokeKeysDialogProps) {
  const revoke = useRevokeApiKeys(projectId);
  const outcomes = revoke.data;
  const close = () => {
    const revoked = (outcomes ?? []).filter((outcome) => outcome.ok).map((outcome) => outcome.key.id);
    revoke.reset();
    onClose(revoked);
  };
  const count = `${keys.length} ${keys.length === 1 ? 'key' : 'keys'}`;
  return (
    <Dialog
      open={open}
      onClose={close}
      title={outcomes ? 'Revocation results' : `Revoke ${count}?`}
      description={outcomes ? undefined : 'These keys stop working at once: every script or service that uses them gets authentication errors. This cannot be undone.'}
      footer={
        outcomes ? (
          <Button onClick={close}>Done</Button>
        ) : (
          <>
            <Button variant="secondary" onClick={close} disabled={revoke.isPending}>
              Cancel
            </Button>
            <Button variant="danger" pending={revoke.isPending} onClick={() => revoke.mutate(keys)}>
              Revoke {count}
            </Button>
          </>
        )
      }
    >
      <ul aria-label={outcomes ? 'Outcome per key' : 'Keys to revoke'} className="border-border max-h-72 divide-y overflow-y-auto rounded-md border text-sm">
        {(outcomes ?? keys.map((key): RevokeOutcome | { key: ProjectAPIKey; ok?: undefined } => ({ key }))).map((item) => (
          <li key={item.key.id} className="flex items-start gap-2 px-3 py-2">
            {item.ok === true && <CircleCheck className="mt-0.5 size-4 shrink-0 text-emerald-600" aria-label="Revoked" />}
            {item.ok === false && <CircleX className="text-danger mt-0.5 size-4 shrink-0" aria-label="Not revoked" />}
            <div className="min-w-0">
              <div>
                <span className="font-medium">{item.key.name}</span> <code className="text-muted-foreground font-mono text-xs">{item.key.redacted_value}</code>
              </div>
              <div className="text-muted-foreground text-xs">{keyOwner(item.key).name}</div>
              {item.ok === true && <div className="text-xs text-emerald-700 dark:text-emerald-300">Revoked</div>}
              {item.ok === false && <div className="text-danger text-xs">{item.error}</div>}
            </div>
          </li>
        ))}
      </ul>
      <FormError message={revoke.isError ? describeError(revoke.error) : null} />
    </Dialog>
  );
}
