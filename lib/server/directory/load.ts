import 'server-only';
import type OpenAI from 'openai';
import { mapLimit } from '@/lib/format/map-limit';
import type { Group } from 'openai/resources/admin/organization/groups/groups';
import type { Project } from 'openai/resources/admin/organization/projects/projects';
import type { OrganizationUser } from 'openai/resources/admin/organization/users/users';

/*
 * Reading whole collections from upstream through the SDK: users, groups with their members,
 * projects with their members. Sub-collections are read with bounded concurrency so a large
 * organization neither takes minutes nor exhausts its rate limit.
 */

export const UPSTREAM_CONCURRENCY = 6;

async function all<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of pages) out.push(item);
  return out;
}

export function loadUsers(client: OpenAI): Promise<OrganizationUser[]> {
  return all(client.admin.organization.users.list({ limit: 100 }));
}

export interface GroupWithMembers {
  group: Group;
  memberIds: string[];
}

export async function loadGroups(client: OpenAI): Promise<GroupWithMembers[]> {
  const groups = await all(client.admin.organization.groups.list({ limit: 1000 }));
  return mapLimit(groups, UPSTREAM_CONCURRENCY, async (group) => ({
    group,
    memberIds: (
      await all(client.admin.organization.groups.users.list(group.id, { limit: 1000 }))
    ).map((u) => u.id),
  }));
}

export interface ProjectWithMembers {
  project: Project;
  members: { userId: string; role: string }[];
}

export async function loadProjects(client: OpenAI): Promise<ProjectWithMembers[]> {
  const projects = await all(
    client.admin.organization.projects.list({ limit: 100, include_archived: true }),
  );
  // Archived projects have no users in the API (listing them is refused).
  return mapLimit(projects, UPSTREAM_CONCURRENCY, async (project) => ({
    project,
    members:
      project.status === 'archived'
        ? []
        : (
            await all(client.admin.organization.projects.users.list(project.id, { limit: 100 }))
          ).map((u) => ({ userId: u.id, role: u.role })),
  }));
}
