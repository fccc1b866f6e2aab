'use client';

import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { centsToInput, formatCents } from '@/lib/format/money';
import { describeError } from '@/lib/queries/admin-fetch';
import { spendLimitOptions, useRemoveSpendLimit, useSetSpendLimit } from '@/lib/queries/project-trust';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';
import { Badge, ErrorState, Skeleton } from '@/components/ui/states';
import { limitBodyFrom } from './spend-form';

export interface SpendLimitCardProps {
  projectId: string;
  projectName: string;
  canSet: boolean;
  canRemove: boolean;
  editing: boolean;
  onEditing: (editing: boolean) => void;
}

/** The project's hard monthly spend limit: shown, set or changed, removed. */
export function SpendLimitCard({ projectId, projectName, canSet, canRemove, editing, onEditing }: SpendLimitCardProps) {
  const limit = useQuery(spendLimitOptions(projectId));
  const remove = useRemoveSpendLimit(projectId);
  const [confirming, setConfirming] = useState(false);
  const current = limit.data ?? null;

  return (
    <section aria-labelledby="spend-limit-heading" className="border-border bg-card space-y-3 rounded-lg border p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h3 id="spend-limit-heading" className="font-medium">Spend limit</h3>
          <p className="text-muted-foreground text-sm">A hard monthly cap: once {projectName}’s spend reaches it, its API requests are refused until the next month.</p>
        </div>
        {!editing && limit.isSuccess && (
          <div className="flex gap-2">
            {canSet && (
              <Button size="sm" variant="secondary" onClick={() => onEditing(true)}>
                {current ? 'Change limit' : 'Set spend limit'}
              </Button>
            )}
            {canRemove && current && (
              <Button size="sm" variant="ghost" onClick={() => setConfirming(true)}>
                Remove limit
              </Button>
            )}
          </div>
        )}
      </div>
      {limit.isPending ? (
        <Skeleton className="h-8 w-48" />
      ) : limit.isError ? (
        <ErrorState title="The spend limit could not be loaded" message={describeError(limit.error)} />
      ) : editing ? (
        <LimitForm projectId={projectId} initial={current?.threshold_amount ?? null} onDone={() => onEditing(false)} />
      ) : current ? (
        <div role="group" className="flex flex-wrap items-center gap-2" aria-label="Current spend limit">
          <span className="text-2xl font-semibold tabular-nums">{formatCents(current.threshold_amount, current.currency)}</span>
          <span className="text-muted-foreground text-sm">a {current.interval}</span>
          <Badge tone={current.enforcement.status === 'enforcing' ? 'danger' : 'neutral'}>
            {current.enforcement.status === 'enforcing' ? 'Enforcing: requests are being refused' : 'Not reached'}
          </Badge>
        </div>
      ) : (
        <div role="group" className="text-muted-foreground text-sm" aria-label="Current spend limit">No spend limit: the project can spend without a hard cap.</div>
      )}
      <ConfirmDialog
        open={confirming}
        onClose={() => {
          setConfirming(false);
          remove.reset();
        }}
        title={`Remove ${projectName}’s spend limit?`}
        consequence={`The ${current ? formatCents(current.threshold_amount, current.currency) : ''} monthly cap is lifted: the project can spend without limit, and requests refused for the cap are accepted again. Spend alerts keep working.`}
        confirmLabel="Remove limit"
        pending={remove.isPending}
        error={remove.error ? describeError(remove.error) : null}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      />
    </section>
  );
}

function LimitForm({ projectId, initial, onDone }: { projectId: string; initial: number | null; onDone: () => void }) {
  const set = useSetSpendLimit(projectId);
  const [value, setValue] = useState(initial === null ? '' : centsToInput(initial));
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = limitBodyFrom(value);
    if (!result.ok) return setError(result.error);
    setError(null);
    set.mutate(result.body, { onSuccess: onDone, onError: (err) => setError(describeError(err)) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Spend limit" className="flex flex-wrap items-start gap-2">
      <div className="w-56">
        <Field id="spend-limit-amount" label="Monthly limit (USD)" error={error}>
          <Input id="spend-limit-amount" inputMode="decimal" autoComplete="off" autoFocus value={value} aria-invalid={!!error} onChange={(e) => setValue(e.target.value)} />
        </Field>
      </div>
      <div className="flex gap-2 pt-7">
        <Button type="submit" size="sm" pending={set.isPending}>
          Save limit
        </Button>
        <Button size="sm" variant="secondary" onClick={onDone} disabled={set.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
