import 'server-only';
import { directoryGroups } from './directory';
import type { GroupWithMembers } from './load';
import { directoryRoute } from './route';

/** A group as the groups page lists it: the API's fields plus how many people it holds. */
export interface GroupRow {
  id: string;
  name: string;
  created_at: number;
  is_scim_managed: boolean;
  group_type: string;
  member_count: number;
}

export const groupRows = (groups: readonly GroupWithMembers[]): GroupRow[] =>
  groups.map(({ group, memberIds }) => ({
    id: group.id,
    name: group.name,
    created_at: group.created_at,
    is_scim_managed: group.is_scim_managed,
    group_type: group.group_type,
    member_count: memberIds.length,
  }));

/**
 * GET /api/directory/groups: every group of the organization with its member count, from the
 * directory (the Admin API's group list carries no counts; reading each group's members from the
 * browser would be one request per group).
 */
export const handleGroupsRequest = directoryRoute('groups', async (client) => {
  const groups = await directoryGroups(client);
  return { object: 'list', data: groupRows(groups.value), as_of: Math.floor(groups.asOf / 1000) };
});
