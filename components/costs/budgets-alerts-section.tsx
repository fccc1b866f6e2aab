'use client';

import dynamic from 'next/dynamic';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { SpendAlert } from '@/lib/budgets/types';
import { formatCents } from '@/lib/format/money';
import { describeError } from '@/lib/queries/admin-fetch';
import { spendAlertsOptions, spendLimitOptions, useDeleteSpendAlert, useSaveSpendAlert, type BudgetScope } from '@/lib/queries/budgets';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { EmptyState, ErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlState } from '@/components/ui/use-url-state';
import { BudgetsAlertsTable } from './budgets-alerts-table';
import { SPEND_ALERT_CSV_COLUMNS } from './budgets-csv';

// Loaded after the page (its form and zod are not needed to show the page): bench-weight.
const BudgetsAlertDialog = dynamic(() => import('./budgets-alert-dialog').then((m) => m.BudgetsAlertDialog));

export interface BudgetsAlertsSectionProps {
  scope: BudgetScope;
  /** "Spend alerts" on a project's tab, "Organization spend alerts" on /costs. */
  title: string;
  heading: 'h2' | 'h3';
  /** Whose spend: a project's name or "the organization". */
  ownerName: string;
  can: { create: boolean; update: boolean; delete: boolean };
  /** The URL parameter that holds the open editor (`new` or an alert id), so the view can be shared. */
  editorKey: string;
  /** Names the CSV file. */
  csvName: string;
}

/** Spend alerts (organization or project): list, create, edit, delete with a confirm step. */
export function BudgetsAlertsSection({ scope, title, heading: Heading, ownerName, can, editorKey, csvName }: BudgetsAlertsSectionProps) {
  const headingId = useId();
  const alerts = useQuery(spendAlertsOptions(scope));
  const limit = useQuery(spendLimitOptions(scope));
  const [url, setUrl] = useUrlState([editorKey]);
  const [deleting, setDeleting] = useState<SpendAlert | null>(null);
  const save = useSaveSpendAlert(scope);
  const remove = useDeleteSpendAlert(scope);

  const list = alerts.data ?? [];
  const open = url[editorKey] ?? '';
  const editing = open === 'new' ? 'new' : (list.find((a) => a.id === open) ?? null);
  const editorOpen = editing !== null && (editing === 'new' ? can.create : can.update);
  const openCreate = () => setUrl({ [editorKey]: 'new' });
  const deletingAmount = deleting ? formatCents(deleting.threshold_amount, deleting.currency) : '';

  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 flex-1 space-y-1">
          <Heading id={headingId} className={Heading === 'h2' ? 'text-lg font-semibold' : 'font-semibold'}>
            {title}
          </Heading>
          <p className="text-muted-foreground text-sm">
            OpenAI emails the recipients when {ownerName}’s spend this month crosses a threshold. Alerts never stop requests; the spend limit does.
          </p>
        </div>
        <div className="flex shrink-0 gap-2">
          <ExportCsvButton what={csvName} columns={SPEND_ALERT_CSV_COLUMNS} rows={list} disabled={list.length === 0} />
          {can.create && <Button onClick={openCreate}>Create alert</Button>}
        </div>
      </div>
      {alerts.isPending ? (
        <TableSkeleton rows={3} label="Loading spend alerts" />
      ) : alerts.isError ? (
        <ErrorState
          title="The spend alerts could not be loaded"
          message={describeError(alerts.error)}
          action={<Button variant="secondary" onClick={() => void alerts.refetch()}>Try again</Button>}
        />
      ) : list.length === 0 ? (
        <EmptyState title="No spend alerts" action={can.create && <Button onClick={openCreate}>Create alert</Button>}>
          Nobody is told when {ownerName}’s spend grows. An alert emails the people you choose at a monthly threshold.
        </EmptyState>
      ) : (
        <BudgetsAlertsTable
          label={title}
          alerts={list}
          limitCents={limit.data?.threshold_amount ?? null}
          onEdit={can.update ? (alert) => setUrl({ [editorKey]: alert.id }) : null}
          onDelete={can.delete ? setDeleting : null}
        />
      )}

      <BudgetsAlertDialog
        open={editorOpen}
        onClose={() => setUrl({ [editorKey]: '' })}
        alert={editing === 'new' ? null : editing}
        ownerName={ownerName}
        alerts={list}
        limitCents={limit.data?.threshold_amount ?? null}
        onSave={(body) => save.mutateAsync({ id: editing === 'new' ? null : (editing?.id ?? null), body })}
      />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
        title={`Delete the ${deletingAmount} alert?`}
        consequence={`${deleting?.notification_channel.recipients.join(', ') ?? 'Its recipients'} will no longer be emailed when ${ownerName}’s monthly spend crosses ${deletingAmount || 'it'}. This cannot be undone.`}
        confirmLabel="Delete alert"
        pending={remove.isPending}
        error={remove.error ? describeError(remove.error) : null}
        onConfirm={() => deleting && remove.mutate(deleting, { onSuccess: () => setDeleting(null) })}
      />
    </section>
  );
}
