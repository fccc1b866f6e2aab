import 'server-only';
import { memberRows } from './directory';
import { parseMembersQuery, queryMembers } from './members-query';
import { directoryRoute } from './route';

/** How long a first read of the users is waited for before `users=partial` answers with those read so far. */
export const PARTIAL_USERS_AFTER_MS = 400;

/**
 * GET /api/directory/members: one page of organization users with their projects and groups,
 * searched, filtered and sorted over all users on the server. `memberships=wait` waits for
 * memberships instead of answering without them while they load. `users=partial` lets a first
 * read of the users that takes longer than PARTIAL_USERS_AFTER_MS be answered from the users read
 * so far (`users_complete: false`: search, sort, counts and total cover only those).
 */
export const handleMembersRequest = directoryRoute('members', async (client, search) => {
  const partial = search.get('users') === 'partial' ? PARTIAL_USERS_AFTER_MS : undefined;
  const { rows, asOf, membershipsReady, usersComplete } = await memberRows(client, search.get('memberships') === 'wait', partial);
  const page = queryMembers(rows, parseMembersQuery(search));
  return {
    object: 'list',
    ...page,
    as_of: Math.floor(asOf / 1000),
    memberships_ready: membershipsReady,
    users_complete: usersComplete,
    users_read: rows.length,
  };
});
