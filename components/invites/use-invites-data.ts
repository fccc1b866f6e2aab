'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { invitesListOptions } from '@/lib/queries/invites';
import { projectsListOptions } from '@/lib/queries/projects';
import { inviteRows, type ProjectInfo } from './invite-rows';

interface Paged {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isError: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** Follows the cursor to the end: invites and projects are few, and filters and counts need them all. */
function useAllPages({ hasNextPage, isFetchingNextPage, isError, fetchNextPage }: Paged) {
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
}

export interface PickableProject {
  id: string;
  name: string;
}

/** Every invite as a table row (with project names), the active projects to invite to, and who is already invited. */
export function useInvitesData() {
  const invites = useInfiniteQuery(invitesListOptions());
  const projects = useInfiniteQuery(projectsListOptions(true));
  useAllPages(invites);
  useAllPages(projects);

  const projectList = useMemo(
    () => projects.data?.pages.flatMap((page) => page.data) ?? [],
    [projects.data],
  );
  const projectInfo = useMemo(
    () =>
      new Map<string, ProjectInfo>(
        projectList.map((p) => [
          p.id,
          { name: p.name || 'Untitled project', archived: p.status === 'archived' },
        ]),
      ),
    [projectList],
  );
  // Statuses are as of when the list was read (it is read again on focus and after every change).
  const readAt = Math.floor(invites.dataUpdatedAt / 1000);
  const rows = useMemo(
    () => inviteRows(invites.data?.pages.flatMap((page) => page.data) ?? [], projectInfo, readAt),
    [invites.data, projectInfo, readAt],
  );
  const activeProjects = useMemo<PickableProject[]>(
    () =>
      projectList
        .filter((p) => p.status !== 'archived')
        .map((p) => ({ id: p.id, name: p.name || 'Untitled project' }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [projectList],
  );
  const pendingEmails = useMemo(
    () =>
      new Set(
        rows.filter((row) => row.status === 'pending').map((row) => row.invite.email.toLowerCase()),
      ),
    [rows],
  );

  return {
    invites,
    rows,
    /** Every page of invites is in (so counts and the "already invited" check are complete). */
    invitesComplete: invites.isSuccess && !invites.hasNextPage,
    projectsReady: projects.isSuccess && !projects.hasNextPage,
    projectsError: projects.isError ? projects.error : null,
    activeProjects,
    pendingEmails,
    readAt,
  };
}
