import 'server-only';
import { lookupSession } from '../auth/session';
import { describeUpstream, getConfig } from '../config';
import { getUpstreamClient } from '../openai';
import { errorResponse, jsonResponse } from '../proxy/respond';
import { mapUpstreamError } from '../proxy/upstream-errors';
import { directoryGroups } from './directory';
import type { GroupWithMembers } from './load';

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
 * browser would be one request per group). Any signed-in console user may read it.
 */
export async function handleGroupsRequest(request: Request): Promise<Response> {
  const { session, setCookies } = await lookupSession(request.headers);
  const respond = (response: Response) => {
    for (const cookie of setCookies) response.headers.append('set-cookie', cookie);
    return response;
  };
  if (!session)
    return respond(
      errorResponse(401, {
        code: 'unauthenticated',
        message: 'You are not signed in, or your session has ended. Sign in again.',
      }),
    );
  try {
    const groups = await directoryGroups(await getUpstreamClient());
    return respond(
      jsonResponse(200, {
        object: 'list',
        data: groupRows(groups.value),
        as_of: Math.floor(groups.asOf / 1000),
      }),
    );
  } catch (err) {
    const mapped = mapUpstreamError(err, false, describeUpstream(getConfig()));
    if (mapped.status === 500) console.error('directory: groups failed', err);
    return respond(errorResponse(mapped.status, mapped.error));
  }
}
