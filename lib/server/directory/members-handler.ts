import 'server-only';
import { lookupSession } from '../auth/session';
import { describeUpstream, getConfig } from '../config';
import { getUpstreamClient } from '../openai';
import { errorResponse, jsonResponse } from '../proxy/respond';
import { mapUpstreamError } from '../proxy/upstream-errors';
import { memberRows } from './directory';
import { parseMembersQuery, queryMembers } from './members-query';

/**
 * GET /api/directory/members: one page of organization users with their projects and groups,
 * searched, filtered and sorted over all users on the server. Any signed-in console user may read it.
 * `memberships=wait` waits for memberships instead of answering without them while they load.
 */
export async function handleMembersRequest(request: Request): Promise<Response> {
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
  const search = new URL(request.url).searchParams;
  try {
    const client = await getUpstreamClient();
    const { rows, asOf, membershipsReady } = await memberRows(
      client,
      search.get('memberships') === 'wait',
    );
    const page = queryMembers(rows, parseMembersQuery(search));
    return respond(
      jsonResponse(200, {
        object: 'list',
        ...page,
        as_of: Math.floor(asOf / 1000),
        memberships_ready: membershipsReady,
      }),
    );
  } catch (err) {
    const mapped = mapUpstreamError(err, false, describeUpstream(getConfig()));
    if (mapped.status === 500) console.error('directory: members failed', err);
    return respond(errorResponse(mapped.status, mapped.error));
  }
}
