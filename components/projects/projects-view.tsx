'use client';

import dynamic from 'next/dynamic';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { formatDateTime } from '@/lib/format/dates';
import { describeError } from '@/lib/queries/admin-fetch';
import { projectsViewOptions, useArchiveProject, useCreateProject, useRenameProject, type Project, type ProjectStatus } from '@/lib/queries/projects';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { useUrlState } from '@/components/ui/use-url-state';
import { ProjectsMore } from './projects-more';
import { ProjectsTable } from './projects-table';
import { ProjectsToolbar } from './projects-toolbar';

// Loaded after the page (its form and zod are not needed to show the page): bench-weight.
const ProjectNameDialog = dynamic(() => import('./project-name-dialog').then((m) => m.ProjectNameDialog));

const STATUSES: ProjectStatus[] = ['active', 'archived', 'all'];

/** `canEdit`: whether the signed-in role may create, rename and archive (decided on the server from the registry). */
export function ProjectsView({ canEdit }: { canEdit: boolean }) {
  const [url, setUrl] = useUrlState(['status', 'q'] as const);
  const status = (STATUSES as string[]).includes(url.status) ? (url.status as ProjectStatus) : 'active';

  // One page at a time from the server, which filters, searches and counts over every project.
  const query = useInfiniteQuery(projectsViewOptions({ status, q: url.q }));
  const pages = query.data?.pages;
  const first = pages?.[0];
  const shown = useMemo(() => pages?.flatMap((page) => page.data) ?? [], [pages]);
  // The oldest copy on screen (a later page may have been read after a refresh).
  const asOf = pages && pages.length > 0 ? Math.min(...pages.map((page) => page.as_of)) : null;
  const searching = url.q.trim() !== '';

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
      <ProjectsToolbar status={status} counts={first?.counts} search={url.q} onStatus={(s) => setUrl({ status: s === 'active' ? '' : s })} onSearch={(q) => setUrl({ q })}>
        {asOf !== null && (
          <p className="text-muted-foreground text-xs" title={`Read from the organization at ${formatDateTime(asOf)}; changes made here show at once, others within a minute`}>
            as of {formatDateTime(asOf)}
          </p>
        )}
      </ProjectsToolbar>

      {query.isError && !query.isFetchNextPageError ? (
        <QueryErrorState title="The projects could not be loaded" query={query} />
      ) : !first ? (
        <TableSkeleton label="Loading projects" />
      ) : first.total === 0 ? (
        <EmptyState
          title={searching ? `No ${status === 'all' ? '' : status + ' '}projects match “${url.q}”` : status === 'archived' ? 'No archived projects' : 'No projects yet'}
          action={!searching && status !== 'archived' && canEdit && <Button onClick={() => setCreating(true)}>Create project</Button>}
        >
          {searching ? 'Try another name or id, or look under All.' : status === 'archived' ? 'Projects you archive appear here.' : 'Create a project to issue API keys and set limits for a team or product.'}
        </EmptyState>
      ) : (
        <div aria-busy={query.isPlaceholderData} className={query.isPlaceholderData ? 'opacity-60 transition-opacity' : undefined}>
          <ProjectsTable projects={shown} canEdit={canEdit} onRename={setRenaming} onArchive={setArchiving} />
          <ProjectsMore
            shown={shown.length}
            total={first.total}
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            error={query.isFetchNextPageError ? describeError(query.error) : null}
            onMore={() => void query.fetchNextPage()}
          />
        </div>
      )}

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
