'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatCents } from '@/lib/format/money';
import { describeError } from '@/lib/queries/admin-fetch';
import {
  spendAlertsOptions,
  spendLimitOptions,
  useDeleteSpendAlert,
  useSaveSpendAlert,
  type ProjectSpendAlert,
} from '@/lib/queries/project-trust';
import { useProject } from '@/components/project/use-project';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { EmptyState, ErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlState } from '@/components/ui/use-url-state';
import { SpendAlertDialog } from './spend-alert-dialog';
import { SpendAlertsTable } from './spend-alerts-table';
import { SPEND_ALERT_CSV_COLUMNS } from './spend-csv';
import { SpendLimitCard } from './spend-limit-card';

export interface ProjectSpendCan {
  createAlert: boolean;
  updateAlert: boolean;
  deleteAlert: boolean;
  setLimit: boolean;
  removeLimit: boolean;
}

/** The project's spend alerts (emails at monthly thresholds) and its hard spend limit. */
export function ProjectSpendView({ projectId, can }: { projectId: string; can: ProjectSpendCan }) {
  const { project, archived } = useProject(projectId);
  const alerts = useQuery(spendAlertsOptions(projectId));
  const limit = useQuery(spendLimitOptions(projectId));
  // The open editor (`alert=new` or an alert id, `limit=edit`) lives in the URL.
  const [url, setUrl] = useUrlState(['alert', 'limit'] as const);
  const [deleting, setDeleting] = useState<ProjectSpendAlert | null>(null);
  const save = useSaveSpendAlert(projectId);
  const remove = useDeleteSpendAlert(projectId);
  // An archived project's settings cannot change: the API refuses, so no control is offered.
  const may: ProjectSpendCan = {
    createAlert: can.createAlert && !archived,
    updateAlert: can.updateAlert && !archived,
    deleteAlert: can.deleteAlert && !archived,
    setLimit: can.setLimit && !archived,
    removeLimit: can.removeLimit && !archived,
  };
  const projectName = project?.name ?? 'this project';

  const sorted = [...(alerts.data ?? [])].sort((a, b) => a.threshold_amount - b.threshold_amount);
  const editing = url.alert === 'new' ? 'new' : (sorted.find((a) => a.id === url.alert) ?? null);
  const editorOpen = editing !== null && (editing === 'new' ? may.createAlert : may.updateAlert);
  const openCreate = () => setUrl({ alert: 'new' });

  return (
    <div className="space-y-6">
      <SpendLimitCard
        projectId={projectId}
        projectName={projectName}
        canSet={may.setLimit}
        canRemove={may.removeLimit}
        editing={url.limit === 'edit' && may.setLimit}
        onEditing={(on) => setUrl({ limit: on ? 'edit' : '' })}
      />
      <section aria-labelledby="spend-alerts-heading" className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="space-y-1">
            <h2 id="spend-alerts-heading" className="text-lg font-semibold">Spend alerts</h2>
            <p className="text-muted-foreground text-sm">OpenAI emails the recipients when {projectName}’s spend this month crosses a threshold. Alerts never stop requests; the spend limit does.</p>
          </div>
          <div className="flex gap-2">
            <ExportCsvButton what="project-spend-alerts" columns={SPEND_ALERT_CSV_COLUMNS} rows={sorted} disabled={sorted.length === 0} />
            {may.createAlert && <Button onClick={openCreate}>Create alert</Button>}
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
        ) : sorted.length === 0 ? (
          <EmptyState title="No spend alerts" action={may.createAlert && <Button onClick={openCreate}>Create alert</Button>}>
            Nobody is told when this project’s spend grows. An alert emails the people you choose at a monthly threshold.
          </EmptyState>
        ) : (
          <SpendAlertsTable
            alerts={sorted}
            limitCents={limit.data?.threshold_amount ?? null}
            onEdit={may.updateAlert ? (alert) => setUrl({ alert: alert.id }) : null}
            onDelete={may.deleteAlert ? setDeleting : null}
          />
        )}
      </section>

      <SpendAlertDialog
        open={editorOpen}
        onClose={() => setUrl({ alert: '' })}
        alert={editing === 'new' ? null : editing}
        projectName={projectName}
        onSave={(body) => save.mutateAsync({ id: editing === 'new' ? null : (editing?.id ?? null), body })}
      />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
        title={`Delete the ${deleting ? formatCents(deleting.threshold_amount, deleting.currency) : ''} alert?`}
        consequence={`${deleting?.notification_channel.recipients.join(', ') ?? 'Its recipients'} will no longer be emailed when ${projectName}’s monthly spend crosses ${deleting ? formatCents(deleting.threshold_amount, deleting.currency) : 'it'}. This cannot be undone.`}
        confirmLabel="Delete alert"
        pending={remove.isPending}
        error={remove.error ? describeError(remove.error) : null}
        onConfirm={() => deleting && remove.mutate(deleting, { onSuccess: () => setDeleting(null) })}
      />
    </div>
  );
}
