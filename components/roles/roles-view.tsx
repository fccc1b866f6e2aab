'use client';

import { Users } from 'lucide-react';
import { useState } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { useCreateRole, useUpdateRole, type Role } from '@/lib/queries/roles';
import { Button } from '@/components/ui/button';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { PageHeader } from '@/components/ui/page-header';
import { PageNumberPager } from '@/components/ui/pager';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlPage } from '@/components/ui/use-url-page';
import { useUrlState } from '@/components/ui/use-url-state';
import { RoleEditorDialog } from './role-editor-dialog';
import { RolePanel, type RoleCan } from './role-panel';
import { ROLE_CSV_COLUMNS } from './roles-csv';
import { RolesTable } from './roles-table';
import { RolesToolbar, type RoleTypeFilter } from './roles-toolbar';
import { matchesRole, useRolesData } from './use-roles-data';

const TYPES: RoleTypeFilter[] = ['all', 'builtin', 'custom'];

/** `can`: what the signed-in console role may change (decided on the server from the registry). */
export function RolesView({ can }: { can: RoleCan }) {
  const [url, setUrl] = useUrlState(['q', 'type', 'role', 'page'] as const);
  const type = (TYPES as string[]).includes(url.type) ? (url.type as RoleTypeFilter) : 'all';
  const { roles, groups, rows, scan, peopleOf } = useRolesData(url.role);
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  const create = useCreateRole();
  const update = useUpdateRole();

  const needle = url.q.trim().toLowerCase();
  const searched = rows.filter((r) => matchesRole(r.role, needle));
  const counts = {
    all: searched.length,
    builtin: searched.filter((r) => r.role.predefined_role).length,
    custom: searched.filter((r) => !r.role.predefined_role).length,
  };
  const shown = searched.filter((r) => type === 'all' || (type === 'custom') !== r.role.predefined_role);
  const onPage = useUrlPage(shown);
  const selected = rows.find((r) => r.role.id === url.role) ?? null;
  const openCreate = () => setEditing('new');

  return (
    <>
      <PageHeader
        title="Roles"
        description="Organization roles grant permissions to members and groups. Built-in roles come from OpenAI; custom roles grant exactly what you pick."
        actions={can.create && <Button onClick={openCreate}>Create role</Button>}
      />
      <RolesToolbar type={type} counts={counts} search={url.q} onType={(t) => setUrl({ type: t === 'all' ? '' : t, page: '' })} onSearch={(q) => setUrl({ q, page: '' })}>
        {!scan.started && (
          <Button size="sm" variant="secondary" onClick={scan.start}>
            <Users className="size-4" aria-hidden />
            Count members holding each role
          </Button>
        )}
        {scan.checking && (
          <span role="status" className="text-muted-foreground text-xs">
            {scan.data?.total
              ? `Checking members: ${scan.data.checked.toLocaleString('en')} of ${scan.data.total.toLocaleString('en')}`
              : 'Reading the list of members…'}
          </span>
        )}
        <ExportCsvButton what="roles" columns={ROLE_CSV_COLUMNS} rows={shown} disabled={shown.length === 0} />
      </RolesToolbar>

      {url.role && !selected && roles.isSuccess && (
        <p role="status" className="text-muted-foreground pb-3 text-sm">
          The role in the address no longer exists.{' '}
          <button type="button" className="underline" onClick={() => setUrl({ role: '' })}>
            Close it
          </button>
        </p>
      )}
      <div className={selected ? 'grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_26rem]' : ''}>
        <div className="min-w-0 space-y-3">
          {roles.isPending ? (
            <TableSkeleton label="Loading roles" />
          ) : roles.isError ? (
            <QueryErrorState title="The roles could not be loaded" query={roles} />
          ) : shown.length === 0 ? (
            <EmptyState
              title={needle ? `No ${type === 'all' ? '' : type === 'custom' ? 'custom ' : 'built-in '}roles match “${url.q}”` : type === 'custom' ? 'No custom roles yet' : 'No roles'}
              action={!needle && type === 'custom' && can.create && <Button onClick={openCreate}>Create role</Button>}
            >
              {needle ? 'Try another word, or look under All.' : 'A custom role grants exactly the permissions you pick, to the members and groups you assign it to.'}
            </EmptyState>
          ) : (
            <>
              <RolesTable rows={onPage.items} selectedId={url.role} onSelect={(id) => setUrl({ role: id })} compact={!!selected} />
              <PageNumberPager label="Roles pages" {...onPage.pager} />
            </>
          )}
          {groups.isError && <p className="text-danger text-sm">Groups’ roles could not be read: {describeError(groups.error)}</p>}
        </div>
        {selected && (
          <RolePanel
            key={selected.role.id}
            role={selected.role}
            holders={selected.holders}
            people={peopleOf(selected.role.id)}
            scan={scan}
            can={can}
            onEdit={() => setEditing(selected.role)}
            onClose={() => setUrl({ role: '' })}
          />
        )}
      </div>

      <RoleEditorDialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        role={editing === 'new' ? null : editing}
        roles={roles.data}
        onSave={async (changes) => {
          if (editing === 'new') {
            const role = await create.mutateAsync({ role_name: changes.role_name ?? '', permissions: changes.permissions ?? [], description: changes.description ?? null });
            setUrl({ role: role.id, type: '', q: '', page: '' });
          } else if (editing) await update.mutateAsync({ id: editing.id, changes });
        }}
      />
    </>
  );
}
