'use client';

import dynamic from 'next/dynamic';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { projectApiKeysOptions, serviceAccountsOptions, type ProjectServiceAccount } from '@/lib/queries/project-keys';
import { useProject } from '@/components/project/use-project';
import { useLoadAll } from '@/lib/queries/use-load-all';
import { Button } from '@/components/ui/button';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { Input } from '@/components/ui/input';
import { PageNumberPager } from '@/components/ui/pager';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlPage } from '@/components/ui/use-url-page';
import { useUrlState } from '@/components/ui/use-url-state';
import { DeleteServiceAccountDialog } from './delete-service-account-dialog';
import { serviceAccountCsvColumns } from './service-accounts-csv';
import { keysByServiceAccount, searchServiceAccounts } from './service-account-rules';
import { ServiceAccountsTable } from './service-accounts-table';

// Loaded after the page (its form and zod are not needed to show the page): bench-weight.
const CreateServiceAccountDialog = dynamic(() => import('./create-service-account-dialog').then((m) => m.CreateServiceAccountDialog));
const CreateKeyDialog = dynamic(() => import('./create-key-dialog').then((m) => m.CreateKeyDialog));
const EditServiceAccountDialog = dynamic(() => import('./edit-service-account-dialog').then((m) => m.EditServiceAccountDialog));

export interface ServiceAccountsViewProps {
  projectId: string;
  canCreate: boolean;
  canUpdate: boolean;
  canDelete: boolean;
  canCreateKey: boolean;
}

export function ServiceAccountsView({ projectId, canCreate, canUpdate, canDelete, canCreateKey }: ServiceAccountsViewProps) {
  const { query: project, archived } = useProject(projectId);
  const [url, setUrl] = useUrlState(['q', 'page'] as const);
  // An archived project has no service accounts to list (the API refuses).
  const query = useInfiniteQuery(serviceAccountsOptions(projectId, project.isSuccess && !archived));
  const keysQuery = useInfiniteQuery(projectApiKeysOptions(projectId));
  const accounts = useLoadAll(query);
  const keys = useLoadAll(keysQuery);
  const grouped = useMemo(() => keysByServiceAccount(keys), [keys]);
  const keysOf = (id: string) => grouped.get(id) ?? [];
  const shown = searchServiceAccounts(accounts, url.q);
  const onPage = useUrlPage(shown);

  const editable = !archived && project.isSuccess;
  const [creating, setCreating] = useState(false);
  const [addingKey, setAddingKey] = useState<ProjectServiceAccount | null>(null);
  const [editing, setEditing] = useState<ProjectServiceAccount | null>(null);
  const [deleting, setDeleting] = useState<ProjectServiceAccount | null>(null);
  const createButton = editable && canCreate && <Button onClick={() => setCreating(true)}>Create service account</Button>;

  return (
    <section aria-labelledby="service-accounts-title" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h2 id="service-accounts-title" className="text-lg font-semibold">
            Service accounts
          </h2>
          <p className="text-muted-foreground max-w-2xl text-sm">
            Bot members of this project whose API keys outlive the people who made them. A service account’s keys are revoked by deleting the service account.
          </p>
        </div>
        {createButton}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Input type="search" aria-label="Search service accounts" placeholder="Search by name" value={url.q} onChange={(e) => setUrl({ q: e.target.value, page: '' })} className="max-w-xs" />
        <div className="flex items-center gap-3">
          {query.isSuccess && (
            <span className="text-muted-foreground text-sm tabular-nums">
              {shown.length === accounts.length ? `${accounts.length} service accounts` : `${shown.length} of ${accounts.length} service accounts`}
            </span>
          )}
          <ExportCsvButton what="service-accounts" columns={serviceAccountCsvColumns(keysOf)} rows={shown} disabled={shown.length === 0} />
        </div>
      </div>

      {archived ? (
        <EmptyState title="Archived projects have no service accounts">Their service accounts and keys stopped working when the project was archived.</EmptyState>
      ) : query.isPending ? (
        <TableSkeleton label="Loading service accounts" />
      ) : query.isError ? (
        <QueryErrorState title="The service accounts could not be loaded" query={query} />
      ) : shown.length === 0 ? (
        <EmptyState title={url.q.trim() ? `No service accounts match “${url.q}”` : 'No service accounts yet'} action={!url.q.trim() && createButton}>
          {url.q.trim() ? 'Try another name.' : 'Create one for each system that calls the API on this project’s behalf.'}
        </EmptyState>
      ) : (
        <>
          <ServiceAccountsTable
            accounts={onPage.items}
            keysOf={keysOf}
            keysReady={keysQuery.isSuccess}
            onAddKey={editable && canCreateKey ? setAddingKey : undefined}
            onEdit={editable && canUpdate ? setEditing : undefined}
            onDelete={editable && canDelete ? setDeleting : undefined}
          />
          <PageNumberPager label="Service accounts pages" {...onPage.pager} />
        </>
      )}
      {keysQuery.isError && <p className="text-danger text-sm">The keys could not be loaded: {describeError(keysQuery.error)}</p>}

      {canCreate && <CreateServiceAccountDialog projectId={projectId} open={creating} onClose={() => setCreating(false)} />}
      {canCreateKey && <CreateKeyDialog projectId={projectId} account={addingKey} onClose={() => setAddingKey(null)} />}
      {canUpdate && <EditServiceAccountDialog projectId={projectId} account={editing} onClose={() => setEditing(null)} />}
      {canDelete && <DeleteServiceAccountDialog projectId={projectId} account={deleting} keyCount={deleting ? keysOf(deleting.id).length : 0} onClose={() => setDeleting(null)} />}
    </section>
  );
}
