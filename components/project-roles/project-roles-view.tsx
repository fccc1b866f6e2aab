'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import {
  projectRolesOptions,
  useCreateProjectRole,
  useDeleteProjectRole,
  useUpdateProjectRole,
  type Role,
} from '@/lib/queries/project-trust';
import { useProject } from '@/components/project/use-project';
import { RoleEditorDialog } from '@/components/roles/role-editor-dialog';
import { RolesToolbar, type RoleTypeFilter } from '@/components/roles/roles-toolbar';
import { matchesRole } from '@/components/roles/use-roles-data';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { PageNumberPager } from '@/components/ui/pager';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlPage } from '@/components/ui/use-url-page';
import { useUrlState } from '@/components/ui/use-url-state';
import { PROJECT_ROLE_CSV_COLUMNS } from './project-roles-csv';
import { ProjectRolesTable } from './project-roles-table';

export interface ProjectRoleCan {
  create: boolean;
  update: boolean;
  remove: boolean;
}

const TYPES: RoleTypeFilter[] = ['all', 'builtin', 'custom'];

/** The project's roles: built-in ones, and custom ones created, edited and deleted with the permission picker. */
export function ProjectRolesView({ projectId, can }: { projectId: string; can: ProjectRoleCan }) {
  const { project, archived } = useProject(projectId);
  const roles = useQuery(projectRolesOptions(projectId));
  // The editor open (`edit=new` or a role id) and the filters live in the URL.
  const [url, setUrl] = useUrlState(['q', 'type', 'edit', 'page'] as const);
  const [deleting, setDeleting] = useState<Role | null>(null);
  const create = useCreateProjectRole(projectId);
  const update = useUpdateProjectRole(projectId);
  const remove = useDeleteProjectRole(projectId);
  const may = { create: can.create && !archived, update: can.update && !archived, remove: can.remove && !archived };

  const type = (TYPES as string[]).includes(url.type) ? (url.type as RoleTypeFilter) : 'all';
  const needle = url.q.trim().toLowerCase();
  const all = roles.data ?? [];
  const searched = all.filter((r) => matchesRole(r, needle));
  const counts = {
    all: searched.length,
    builtin: searched.filter((r) => r.predefined_role).length,
    custom: searched.filter((r) => !r.predefined_role).length,
  };
  const shown = searched.filter((r) => type === 'all' || (type === 'custom') !== r.predefined_role);
  const onPage = useUrlPage(shown);
  const editing = url.edit === 'new' ? 'new' : (all.find((r) => r.id === url.edit && !r.predefined_role) ?? null);
  const editorOpen = editing !== null && (editing === 'new' ? may.create : may.update);
  const openCreate = () => setUrl({ edit: 'new' });

  return (
    <section aria-labelledby="project-roles-heading" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h2 id="project-roles-heading" className="text-lg font-semibold">Roles</h2>
          <p className="text-muted-foreground text-sm">
            Project roles grant permissions inside {project?.name ?? 'this project'} to its members, groups and service accounts.
          </p>
        </div>
        {may.create && <Button onClick={openCreate}>Create role</Button>}
      </div>
      <RolesToolbar type={type} counts={counts} search={url.q} onType={(t) => setUrl({ type: t === 'all' ? '' : t, page: '' })} onSearch={(q) => setUrl({ q, page: '' })}>
        <ExportCsvButton what="project-roles" columns={PROJECT_ROLE_CSV_COLUMNS} rows={shown} disabled={shown.length === 0} />
      </RolesToolbar>

      {roles.isPending ? (
        <TableSkeleton label="Loading project roles" />
      ) : roles.isError ? (
        <QueryErrorState title="The project’s roles could not be loaded" query={roles} />
      ) : shown.length === 0 ? (
        <EmptyState
          title={needle ? `No roles match “${url.q}”` : type === 'custom' ? 'No custom roles in this project yet' : 'No roles'}
          action={!needle && may.create && <Button onClick={openCreate}>Create role</Button>}
        >
          {needle ? 'Try another word, or look under All.' : 'A custom project role grants exactly the permissions you pick, in this project only.'}
        </EmptyState>
      ) : (
        <>
          <ProjectRolesTable
            roles={onPage.items}
            onEdit={may.update ? (role) => setUrl({ edit: role.id }) : null}
            onDelete={may.remove ? setDeleting : null}
          />
          <PageNumberPager label="Roles pages" {...onPage.pager} />
        </>
      )}

      <RoleEditorDialog
        open={editorOpen}
        onClose={() => setUrl({ edit: '' })}
        role={editing === 'new' ? null : editing}
        roles={roles.data}
        level="project"
        onSave={async (changes) => {
          if (editing === 'new')
            await create.mutateAsync({ role_name: changes.role_name ?? '', permissions: changes.permissions ?? [], description: changes.description ?? null });
          else if (editing) await update.mutateAsync({ id: editing.id, changes });
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete ${deleting?.name ?? 'role'}?`}
        consequence={`The custom role “${deleting?.name ?? ''}” is removed from ${project?.name ?? 'this project'}. Members, groups and service accounts assigned it lose its permissions at once. This cannot be undone.`}
        confirmLabel="Delete role"
        mutation={remove}
        onConfirm={() => deleting && remove.mutate(deleting, { onSuccess: () => setDeleting(null) })}
      />
    </section>
  );
}
