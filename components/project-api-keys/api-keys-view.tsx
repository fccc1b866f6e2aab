'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import { projectApiKeysOptions, useRevokeApiKey, type ProjectAPIKey } from '@/lib/queries/project-keys';
import { useProject } from '@/components/project/use-project';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { PageNumberPager } from '@/components/ui/pager';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlPage } from '@/components/ui/use-url-page';
import { useUrlState } from '@/components/ui/use-url-state';
import { apiKeyCsvColumns } from './api-key-csv';
import { filterKeys, formatSelection, isRevocable, keyOwner, keyOwners, parseSelection, toggleMany } from './api-key-rules';
import { ApiKeysTable } from './api-keys-table';
import { ApiKeysToolbar } from './api-keys-toolbar';
import { RevokeKeysDialog } from './revoke-keys-dialog';
import { useLoadAll } from '@/lib/queries/use-load-all';

export function ApiKeysView({ projectId, canRevoke }: { projectId: string; canRevoke: boolean }) {
  const { query: project, archived } = useProject(projectId);
  const [url, setUrl] = useUrlState(['owner', 'stale', 'sel', 'page'] as const);
  const query = useInfiniteQuery(projectApiKeysOptions(projectId));
  const all = useLoadAll(query);
  const owners = useMemo(() => keyOwners(all), [all]);
  const filters = { owner: url.owner, stale: url.stale === '1' };
  const shown = filterKeys(all, filters);
  const onPage = useUrlPage(shown);

  const mayRevoke = canRevoke && project.isSuccess && !archived;
  const selectedIds = new Set(parseSelection(url.sel));
  const selected = all.filter((key) => selectedIds.has(key.id) && isRevocable(key));
  const elsewhere = selected.length - onPage.items.filter((key) => selectedIds.has(key.id)).length;
  const setSelected = (ids: Iterable<string>) => setUrl({ sel: formatSelection(ids) });
  const selection = mayRevoke
    ? {
        selected: selectedIds,
        onToggle: (id: string, on: boolean) => setSelected(on ? [...selectedIds, id] : [...selectedIds].filter((other) => other !== id)),
        // The header box selects (or clears) the keys on this page; a selection made on other
        // pages stays, and the revoke button counts every key selected.
        onToggleAll: (on: boolean) => setSelected(toggleMany(selectedIds, onPage.items.filter(isRevocable).map((key) => key.id), on)),
      }
    : undefined;

  const [revoking, setRevoking] = useState<ProjectAPIKey | null>(null);
  const [bulk, setBulk] = useState(false);
  const revoke = useRevokeApiKey(projectId);
  const closeRevoke = () => setRevoking(null);
  const filtered = filters.owner !== '' || filters.stale;
  const base = `/projects/${encodeURIComponent(projectId)}`;

  return (
    <section aria-labelledby="api-keys-title" className="space-y-4">
      <div className="space-y-1">
        <h2 id="api-keys-title" className="text-lg font-semibold">
          API keys
        </h2>
        <p className="text-muted-foreground max-w-2xl text-sm">
          Every key of this project, made by its members or its service accounts. Revoke keys nobody uses: a key unused for 90 days is marked stale.
        </p>
      </div>
      <ApiKeysToolbar
        owners={owners}
        owner={filters.owner}
        stale={filters.stale}
        onChange={(changes) => setUrl({ ...changes, page: '' })}
        summary={query.isSuccess && (shown.length === all.length ? `${all.length} keys` : `${shown.length} of ${all.length} keys`)}
        actions={
          <>
            {mayRevoke && selected.length > 0 && (
              <Button size="sm" variant="danger" onClick={() => setBulk(true)}>
                Revoke {selected.length} selected
              </Button>
            )}
            {mayRevoke && elsewhere > 0 && <span className="text-muted-foreground text-xs">{elsewhere} of them not on this page</span>}
            <ExportCsvButton what="api-keys" columns={apiKeyCsvColumns()} rows={shown} disabled={shown.length === 0} />
          </>
        }
      />

      {query.isPending ? (
        <TableSkeleton label="Loading API keys" />
      ) : query.isError ? (
        <QueryErrorState title="The API keys could not be loaded" query={query} />
      ) : shown.length === 0 ? (
        <EmptyState
          title={filtered ? (filters.stale ? 'No stale keys' : 'No keys match these filters') : 'No API keys'}
          action={filtered && <Button variant="secondary" onClick={() => setUrl({ owner: '', stale: '', page: '' })}>Show every key</Button>}
        >
          {filtered ? (filters.stale ? 'Every key shown here was used within the last 90 days.' : 'Try another owner.') : 'Members create keys on OpenAI’s dashboard; service accounts get theirs here, on the Service accounts tab.'}
        </EmptyState>
      ) : (
        <>
          <ApiKeysTable keys={onPage.items} serviceAccountsHref={`${base}/service-accounts`} selection={selection} onRevoke={mayRevoke ? setRevoking : undefined} />
          <PageNumberPager label="API keys pages" {...onPage.pager} />
        </>
      )}
      {query.isFetchingNextPage && <p className="text-muted-foreground text-sm">Loading more keys…</p>}

      <ConfirmDialog
        open={!!revoking}
        onClose={closeRevoke}
        title={`Revoke ${revoking?.name ?? 'key'}?`}
        consequence={
          <>
            <strong>{revoking?.name}</strong> (<code className="font-mono text-xs">{revoking?.redacted_value}</code>) of {revoking && keyOwner(revoking).name} stops working at
            once: every script or service that uses it gets authentication errors. This cannot be undone.
          </>
        }
        confirmLabel="Revoke key"
        mutation={revoke}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking, {
            onSuccess: () => {
              setSelected([...selectedIds].filter((id) => id !== revoking.id));
              closeRevoke();
            },
          })
        }
      />
      {mayRevoke && (
        <RevokeKeysDialog
          projectId={projectId}
          keys={selected}
          open={bulk}
          onClose={(revoked) => {
            setBulk(false);
            if (revoked.length > 0) setSelected([...selectedIds].filter((id) => !revoked.includes(id)));
          }}
        />
      )}
    </section>
  );
}
