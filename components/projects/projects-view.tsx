'use client';

import dynamic from 'next/dynamic';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { useLoadAll } from '@/lib/queries/use-load-all';
import { projectsListOptions, useArchiveProject, useCreateProject, useRenameProject, type Project } from '@/lib/queries/projects';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, ErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlState } from '@/components/ui/use-url-state';
import { ProjectsTable } from './projects-table';
import { ProjectsToolbar, type StatusFilter } from './projects-toolbar';

// Loaded after the page (its form and zod are not needed to show the page): bench-weight.
const ProjectNameDialog = dynamic(() => import('./project-name-dialog').then((m) => m.ProjectNameDialog));

const STATUSES: StatusFilter[] = ['active', 'archived', 'all'];

/** `canEdit`: whether the signed-in role may create, rename and archive (decided on the server from the registry). */
export function ProjectsView({ canEdit }: { canEdit: boolean }) {
  const [url, setUrl] = useUrlState(['status', 'q'] as const);
  const status = (STATUSES as string[]).includes(url.status) ? (url.status as StatusFilter) : 'active';

  const query = useInfiniteQuery(projectsListOptions(true));
  // Search and counts cover every project, so the remaining pages load right after the first.
  const all = useLoadAll(query);
  const counts = useMemo(() => {
    const archived = all.filter((p) => p.status === 'archived').length;
    return { active: all.length - archived, archived, all: all.length };
  }, [all]);
  const needle = url.q.trim().toLowerCase();
  const shown = all.filter(
    (p) =>
      (status === 'all' || (status === 'archived') === (p.status === 'archived')) &&
      (!needle || (p.name ?? '').toLowerCase().includes(needle) || p.id.toLowerCase().includes(needle)),
  );

  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<Project | null>(null);
  const [archiving, setArchiving] = useState<Project | null>(null);
  const create = useCreateProject();
  const rename = useRenameProject();
  const archive = useArchiveProject();

  return (
    <>
      <PageHeader
        title="Projects"
        description="Projects group API keys, members, limits and spend. Archived projects are read-only and their keys stop working."
        actions={canEdit && <Button onClick={() => setCreating(true)}>Create project</Button>}
      />
      <ProjectsToolbar status={status} counts={counts} search={url.q} onStatus={(s) => setUrl({ status: s === 'active' ? '' : s })} onSearch={(q) => setUrl({ q })} />

      {query.isPending ? (
        <TableSkeleton label="Loading projects" />
      ) : query.isError ? (
        <ErrorState
          title="The projects could not be loaded"
          message={describeError(query.error)}
          action={<Button variant="secondary" onClick={() => void query.refetch()}>Try again</Button>}
        />
      ) : shown.length === 0 ? (
        <EmptyState
          title={needle ? `No ${status === 'all' ? '' : status + ' '}projects match “${url.q}”` : status === 'archived' ? 'No archived projects' : 'No projects yet'}
          action={!needle && status !== 'archived' && canEdit && <Button onClick={() => setCreating(true)}>Create project</Button>}
        >
          {needle ? 'Try another name, or look under All.' : status === 'archived' ? 'Projects you archive appear here.' : 'Create a project to issue API keys and set limits for a team or product.'}
        </EmptyState>
      ) : (
        <ProjectsTable projects={shown} canEdit={canEdit} onRename={setRenaming} onArchive={setArchiving} />
      )}
      {query.isFetchingNextPage && <p className="pt-3 text-sm text-muted-foreground">Loading more projects…</p>}

      <ProjectNameDialog open={creating} onClose={() => setCreating(false)} title="Create project" submitLabel="Create project" onSubmit={(name) => create.mutateAsync({ name })} />
      <ProjectNameDialog
        open={!!renaming}
        onClose={() => setRenaming(null)}
        title={`Rename ${renaming?.name ?? 'project'}`}
        submitLabel="Save name"
        initialName={renaming?.name ?? ''}
        onSubmit={(name) => {
          if (!renaming) throw new Error('No project is being renamed.');
          return rename.mutateAsync({ id: renaming.id, name });
        }}
      />
      <ConfirmDialog
        open={!!archiving}
        onClose={() => {
          setArchiving(null);
          archive.reset();
        }}
        title={`Archive ${archiving?.name ?? 'project'}?`}
        consequence={
          <>
            <strong>{archiving?.name}</strong> becomes read-only: its API keys stop working, and its members, keys and limits can no longer be changed. The Admin API
            cannot restore an archived project.
          </>
        }
        confirmLabel="Archive project"
        pending={archive.isPending}
        error={archive.isError ? describeError(archive.error) : null}
        onConfirm={() => archiving && archive.mutate({ id: archiving.id }, { onSuccess: () => setArchiving(null) })}
      />
    </>
  );
}
