import 'server-only';
import { memberRows } from './directory';
import { parseMembersQuery, queryMembers } from './members-query';
import { directoryRoute } from './route';

/**
 * GET /api/directory/members: one page of organization users with their projects and groups,
 * searched, filtered and sorted over all users on the server. `memberships=wait` waits for
 * memberships instead of answering without them while they load.
 */
export const handleMembersRequest = directoryRoute('members', async (client, search) => {
  const { rows, asOf, membershipsReady } = await memberRows(client, search.get('memberships') === 'wait');
  const page = queryMembers(rows, parseMembersQuery(search));
  return { object: 'list', ...page, as_of: Math.floor(asOf / 1000), memberships_ready: membershipsReady };
});
