'use client';

import { useQuery } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { useId, useState } from 'react';
import { formatCents } from '@/lib/format/money';
import { describeError } from '@/lib/queries/admin-fetch';
import { spendLimitOptions, useRemoveSpendLimit, type BudgetScope } from '@/lib/queries/budgets';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Badge, ErrorState, Skeleton } from '@/components/ui/states';
import { useUrlState } from '@/components/ui/use-url-state';

// Loaded when opened: the form checks with the server's zod schemas, kept out of the first load.
const BudgetsLimitForm = dynamic(() => import('./budgets-limit-form').then((m) => m.BudgetsLimitForm), {
  loading: () => <Skeleton className="h-20 w-full max-w-md" />,
});

export interface BudgetsLimitCardProps {
  scope: BudgetScope;
  /** "Spend limit" on a project's tab, "Organization spend limit" on /costs. */
  title: string;
  /** Whose spend: a project's name or "the organization". */
  ownerName: string;
  canSet: boolean;
  canRemove: boolean;
  /** The URL parameter that holds the open editor (`<key>=edit`), so the view can be shared. */
  editorKey: string;
}

/** A hard monthly spend limit (organization or project): shown, set or changed, removed. */
export function BudgetsLimitCard({ scope, title, ownerName, canSet, canRemove, editorKey }: BudgetsLimitCardProps) {
  const headingId = useId();
  const limit = useQuery(spendLimitOptions(scope));
  const remove = useRemoveSpendLimit(scope);
  const [url, setUrl] = useUrlState([editorKey]);
  const [confirming, setConfirming] = useState(false);
  const editing = url[editorKey] === 'edit' && canSet;
  const onEditing = (on: boolean) => setUrl({ [editorKey]: on ? 'edit' : '' });
  const current = limit.data ?? null;
  const whose = scope.level === 'organization' ? 'the organization' : 'the project';

  return (
    <section aria-labelledby={headingId} className="border-border bg-card space-y-3 rounded-lg border p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1 space-y-1">
          <h3 id={headingId} className="font-semibold">{title}</h3>
          <p className="text-muted-foreground text-sm">
            A hard monthly cap: once {ownerName}’s spend reaches it, {scope.level === 'organization' ? 'every API request of the organization is' : 'its API requests are'} refused until the next month.
          </p>
        </div>
        {!editing && limit.isSuccess && (
          <div className="flex shrink-0 gap-2">
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
        <ErrorState
          title="The spend limit could not be loaded"
          message={describeError(limit.error)}
          action={<Button variant="secondary" size="sm" onClick={() => void limit.refetch()}>Try again</Button>}
        />
      ) : editing ? (
        <BudgetsLimitForm scope={scope} initial={current?.threshold_amount ?? null} onDone={() => onEditing(false)} />
      ) : current ? (
        <div role="group" className="flex flex-wrap items-center gap-2" aria-label="Current spend limit">
          <span className="text-2xl font-semibold tabular-nums">{formatCents(current.threshold_amount, current.currency)}</span>
          <span className="text-muted-foreground text-sm">
            {current.currency} a {current.interval}
          </span>
          <Badge tone={current.enforcement.status === 'enforcing' ? 'danger' : 'neutral'}>
            {current.enforcement.status === 'enforcing' ? 'Enforcing: requests are being refused' : 'Not reached'}
          </Badge>
        </div>
      ) : (
        <div role="group" className="text-muted-foreground text-sm" aria-label="Current spend limit">
          No spend limit: {whose} can spend without a hard cap.
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        onClose={() => {
          setConfirming(false);
          remove.reset();
        }}
        title={`Remove ${ownerName}’s spend limit?`}
        consequence={`The ${current ? formatCents(current.threshold_amount, current.currency) : ''} monthly cap is lifted: ${whose} can spend without limit, and requests refused for the cap are accepted again. Spend alerts keep working.`}
        confirmLabel="Remove limit"
        pending={remove.isPending}
        error={remove.error ? describeError(remove.error) : null}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      />
    </section>
  );
}
