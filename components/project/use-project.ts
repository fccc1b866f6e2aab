'use client';

import { useQuery } from '@tanstack/react-query';
import { projectOptions } from '@/lib/queries/projects';

/**
 * The project a tab belongs to, and whether it can still be changed: an archived project is
 * read-only in the API, so tabs hide their controls for it (the header says why).
 */
export function useProject(projectId: string) {
  const query = useQuery(projectOptions(projectId));
  return { query, project: query.data, archived: query.data?.status === 'archived' };
}
