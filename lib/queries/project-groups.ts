import { queryOptions } from '@tanstack/react-query';
import type { ProjectGroup } from 'openai/resources/admin/organization/projects/groups/groups';
import { adminFetch, readAllPages } from './admin-fetch';
import { groupKeys } from './groups';
import {
  projectAccessKeys,
  projectPath,
  useProjectAccessMutation,
  type Role,
} from './project-members';

export type { ProjectGroup };

/** The groups with access to the project (100 a page, the API's maximum). */
export const projectGroupsOptions = (projectId: string) =>
  queryOptions({
    queryKey: projectAccessKeys.groups(projectId),
    queryFn: ({ signal }) =>
      readAllPages<ProjectGroup>(projectPath(projectId, '/groups'), 100, signal),
  });

const groupPath = (projectId: string, groupId: string) =>
  projectPath(projectId, `/groups/${encodeURIComponent(groupId)}`);

/** Gives a group access to the project with one of its roles (the API requires one). */
export function useAddProjectGroup() {
  return useProjectAccessMutation(
    ({
      projectId,
      group,
      role,
    }: {
      projectId: string;
      projectName: string;
      group: { id: string; name: string };
      role: Role;
    }) =>
      adminFetch<ProjectGroup>(projectPath(projectId, '/groups'), {
        method: 'POST',
        body: { group_id: group.id, role: role.id },
      }),
    ({ group, role, projectName }) =>
      `${group.name} now has access to ${projectName} as ${role.name}.`,
    [groupKeys.all],
  );
}

export function useRemoveProjectGroup() {
  return useProjectAccessMutation(
    ({ projectId, group }: { projectId: string; projectName: string; group: ProjectGroup }) =>
      adminFetch(groupPath(projectId, group.group_id), { method: 'DELETE' }),
    ({ group, projectName }) => `${group.group_name} no longer has access to ${projectName}.`,
    [groupKeys.all],
  );
}
