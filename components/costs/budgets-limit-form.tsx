'use client';

import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { centsToInput } from '@/lib/format/money';
import { describeError } from '@/lib/queries/admin-fetch';
import { spendAlertsOptions, useSetSpendLimit, type BudgetScope } from '@/lib/queries/budgets';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/input';
import { amountPreview, limitBodyFrom, limitWarnings } from './budgets-form';
import { BudgetWarnings } from './budgets-warnings';

/** Sets or changes a hard spend limit; the amount is checked with the proxy's schema before sending. */
export function BudgetsLimitForm({ scope, initial, onDone }: { scope: BudgetScope; initial: number | null; onDone: () => void }) {
  const set = useSetSpendLimit(scope);
  // The alerts are read anyway by the section beside this card: warn about those a limit would silence.
  const alerts = useQuery(spendAlertsOptions(scope));
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
    <form onSubmit={submit} noValidate aria-label="Spend limit" className="space-y-3">
      <div className="flex flex-wrap items-start gap-2">
        <div className="w-64">
          <Field id={`spend-limit-amount-${scope.level}`} label="Monthly limit (USD)" error={error} hint={amountPreview(value) ?? 'In US dollars, e.g. 25000 or 25,000.'}>
            <div className="relative">
              <span className="text-muted-foreground pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-sm">$</span>
              <Input
                id={`spend-limit-amount-${scope.level}`}
                inputMode="decimal"
                autoComplete="off"
                autoFocus
                className="pr-12 pl-7"
                value={value}
                aria-invalid={!!error}
                onChange={(e) => {
                  setValue(e.target.value);
                  setError(null); // the message was about the old text; the hint shows the new one
                }}
              />
              <span className="text-muted-foreground pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-xs">USD</span>
            </div>
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
      </div>
      <BudgetWarnings warnings={limitWarnings(value, alerts.data ?? [])} />
    </form>
  );
}
