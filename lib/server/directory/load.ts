import 'server-only';
import type OpenAI from 'openai';
import type { AbstractPage } from 'openai/core/pagination';
import type { Group } from 'openai/resources/admin/organization/groups/groups';
import type { Project } from 'openai/resources/admin/organization/projects/projects';
import type { OrganizationUser } from 'openai/resources/admin/organization/users/users';
import { inUpstreamSlot, type Tally } from '../upstream-gate';

/*
 * Reading whole collections from upstream through the SDK: users, groups with their members,
 * projects with their members, and the names-only lists. Every page is one read in the
 * process-wide upstream gate, so a large organization neither exhausts its rate limit nor
 * crowds out the other readers (usage, budgets).
 */

/**
 * Every item of a list, each page read in an upstream slot (and counted in `tally`, when given);
 * `background` for bulk reads no page is waiting on (see inUpstreamSlot). `onPage` is told the
 * items read so far after each page (a new array each time).
 */
export async function all<T>(
  first: () => Promise<AbstractPage<T>>,
  tally?: Tally,
  background = false,
  onPage?: (soFar: readonly T[]) => void,
): Promise<T[]> {
  const items: T[] = [];
  if (tally) tally.requests++;
  let page = await inUpstreamSlot(first, { background });
  items.push(...page.getPaginatedItems());
  while (page.hasNextPage()) {
    onPage?.([...items]);
    const current = page;
    if (tally) tally.requests++;
    page = await inUpstreamSlot(() => current.getNextPage(), { background });
    items.push(...page.getPaginatedItems());
  }
  return items;
}

/** Every organization user; `onPage` sees the users read so far while more pages follow. */
export function loadUsers(
  client: OpenAI,
  onPage?: (soFar: readonly OrganizationUser[]) => void,
): Promise<OrganizationUser[]> {
  return all(() => client.admin.organization.users.list({ limit: 100 }), undefined, false, onPage);
}

export interface GroupWithMembers {
  group: Group;
  memberIds: string[];
}

export async function loadGroups(client: OpenAI): Promise<GroupWithMembers[]> {
  const groups = await all(() => client.admin.organization.groups.list({ limit: 1000 }));
  return Promise.all(
    groups.map(async (group) => ({
      group,
      memberIds: (
        await all(() => client.admin.organization.groups.users.list(group.id, { limit: 1000 }), undefined, true)
      ).map((u) => u.id),
    })),
  );
}

export interface ProjectWithMembers {
  project: Project;
  members: { userId: string; role: string }[];
}

/** The organization's projects, archived ones included, in the API's order, without members. */
export function loadProjectList(client: OpenAI, tally?: Tally): Promise<Project[]> {
  return all(
    () => client.admin.organization.projects.list({ limit: 100, include_archived: true }),
    tally,
  );
}

export async function loadProjects(client: OpenAI): Promise<ProjectWithMembers[]> {
  const projects = await loadProjectList(client);
  // Archived projects have no users in the API (listing them is refused).
  return Promise.all(
    projects.map(async (project) => ({
      project,
      members:
        project.status === 'archived'
          ? []
          : (
              // One request per project: in the background lane, so pages' reads pass it.
              await all(
                () => client.admin.organization.projects.users.list(project.id, { limit: 100 }),
                undefined,
                true,
              )
            ).map((u) => ({
              userId: u.id,
              role: u.role,
            })),
    })),
  );
}
