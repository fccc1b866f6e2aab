'use client';

import dynamic from 'next/dynamic';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { adminKeyLabel, searchAdminKeys, type ConsoleKeyIdentity } from '@/lib/admin/admin-keys';

import { adminKeysListOptions, useDeleteAdminKey, type AdminAPIKey } from '@/lib/queries/admin-keys';
import { membersOptions } from '@/lib/queries/directory';
import { useLoadAll } from '@/lib/queries/use-load-all';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { PageNumberPager } from '@/components/ui/pager';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlPage } from '@/components/ui/use-url-page';
import { useUrlState } from '@/components/ui/use-url-state';
import { adminKeyCsvColumns } from './admin-key-csv';
import { AdminKeysTable } from './admin-keys-table';

// Loaded after the page (its form and zod are not needed to show the page): bench-weight.
const CreateAdminKeyDialog = dynamic(() => import('./create-admin-key-dialog').then((m) => m.CreateAdminKeyDialog));

export interface AdminKeysViewProps {
  canCreate: boolean;
  canDelete: boolean;
  consoleKey: ConsoleKeyIdentity;
  sandbox: boolean;
}

export function AdminKeysView({ canCreate, canDelete, consoleKey, sandbox }: AdminKeysViewProps) {
  const [url, setUrl] = useUrlState(['q', 'page'] as const);
  const query = useInfiniteQuery(adminKeysListOptions());
  // Search covers every key, so the remaining pages load right after the first.
  const all = useLoadAll(query);

  // Owners' emails from the people directory (the key list names owners but has no emails).
  const ownerIds = useMemo(() => [...new Set(all.flatMap((key) => (key.owner.id ? [key.owner.id] : [])))].sort(), [all]);
  const owners = useQuery({ ...membersOptions({ ids: ownerIds, limit: 200 }), enabled: ownerIds.length > 0 });
  const emails = useMemo(() => new Map((owners.data?.data ?? []).map((user) => [user.id, user.email])), [owners.data]);
  const ownerEmail = (id: string) => emails.get(id) ?? null;

  const consoleKeyIds = useMemo(() => new Set(consoleKey.ids), [consoleKey.ids]);
  const shown = searchAdminKeys(all, url.q, ownerEmail);
  const onPage = useUrlPage(shown);
  const protectedReason = sandbox
    ? 'The console reaches its sandbox organization with this key; the sandbox refuses to delete it.'
    : 'The console calls the Admin API with this key (OPENAI_ADMIN_KEY). Deleting it would cut the console off; set a new key on the server first.';

  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<AdminAPIKey | null>(null);
  const remove = useDeleteAdminKey();
  const closeDelete = () => setDeleting(null);

  return (
    <>
      <PageHeader
        title="Admin keys"
        description="Admin API keys manage the whole organization. Keep as few as you can, and delete the ones nobody uses."
        actions={canCreate && <Button onClick={() => setCreating(true)}>Create admin key</Button>}
      />
      <div className="flex flex-wrap items-center justify-between gap-3 pb-4">
        <Input type="search" aria-label="Search admin keys" placeholder="Search by name, owner or key" value={url.q} onChange={(e) => setUrl({ q: e.target.value, page: '' })} className="max-w-xs" />
        <div className="flex items-center gap-3">
          {!query.isPending && (
            <span className="text-muted-foreground text-sm tabular-nums">
              {shown.length === all.length ? `${all.length} keys` : `${shown.length} of ${all.length} keys`}
            </span>
          )}
          <ExportCsvButton what="admin-keys" columns={adminKeyCsvColumns(consoleKeyIds, ownerEmail)} rows={shown} disabled={shown.length === 0} />
        </div>
      </div>
      {!consoleKey.certain && !query.isPending && (
        <p role="note" className="bg-warning-bg text-warning-fg mb-4 rounded-md px-3 py-2 text-sm">
          {consoleKey.ids.length > 1
            ? 'More than one key here could be the one this console uses; all of them are marked. Check before deleting any.'
            : 'The console could not tell which of these keys it uses itself. Check before deleting one: deleting it would cut the console off.'}
        </p>
      )}

      {query.isPending ? (
        <TableSkeleton label="Loading admin keys" />
      ) : query.isError ? (
        <QueryErrorState title="The admin keys could not be loaded" query={query} />
      ) : shown.length === 0 ? (
        <EmptyState title={url.q.trim() ? `No admin keys match “${url.q}”` : 'No admin keys'} action={!url.q.trim() && canCreate && <Button onClick={() => setCreating(true)}>Create admin key</Button>}>
          {url.q.trim() ? 'Try a name, an owner, or the last characters of a key.' : 'Admin keys created here or on OpenAI’s dashboard appear here.'}
        </EmptyState>
      ) : (
        <>
          <AdminKeysTable keys={onPage.items} consoleKeyIds={consoleKeyIds} ownerEmail={ownerEmail} canDelete={canDelete} protectedReason={protectedReason} onDelete={setDeleting} />
          <PageNumberPager label="Admin keys pages" {...onPage.pager} />
        </>
      )}
      {query.isFetchingNextPage && <p className="text-muted-foreground pt-3 text-sm">Loading more keys…</p>}

      {canCreate && <CreateAdminKeyDialog open={creating} onClose={() => setCreating(false)} />}
      <ConfirmDialog
        open={!!deleting}
        onClose={closeDelete}
        title={`Delete ${deleting ? adminKeyLabel(deleting) : 'admin key'}?`}
        consequence={
          <>
            <strong>{deleting && adminKeyLabel(deleting)}</strong> (<code className="font-mono text-xs">{deleting?.redacted_value}</code>) stops working at once: every
            script or service that uses it gets authentication errors. This cannot be undone.
          </>
        }
        confirmLabel="Delete key"
        mutation={remove}
        onConfirm={() => deleting && remove.mutate(deleting, { onSuccess: () => setDeleting(null) })}
      />
    </>
  );
}
