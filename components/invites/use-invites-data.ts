'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { invitesListOptions } from '@/lib/queries/invites';
import { projectsListOptions } from '@/lib/queries/projects';
import { useLoadAll } from '@/lib/queries/use-load-all';
import { inviteRows, type ProjectInfo } from './invite-rows';

export interface PickableProject {
  id: string;
  name: string;
}

/** Every invite as a table row (with project names), the active projects to invite to, and who is already invited. */
export function useInvitesData() {
  const invites = useInfiniteQuery(invitesListOptions());
  const projects = useInfiniteQuery(projectsListOptions(true));
  // Invites and projects are few, and filters and counts need them all: follow the cursors to the end.
  const inviteList = useLoadAll(invites);
  const projectList = useLoadAll(projects);
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
    () => inviteRows(inviteList, projectInfo, readAt),
    [inviteList, projectInfo, readAt],
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
