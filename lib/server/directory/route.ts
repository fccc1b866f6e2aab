import 'server-only';
import type OpenAI from 'openai';
import { lookupSession } from '../auth/session';
import { describeUpstream, getConfig } from '../config';
import { getUpstreamClient } from '../openai';
import { errorResponse, jsonResponse } from '../proxy/respond';
import { mapUpstreamError } from '../proxy/upstream-errors';

/** Input the route refuses (400) before anything is sent upstream. */
export class RouteInputError extends Error {
  constructor(message: string, readonly param: string | null = null) {
    super(message);
  }
}

/**
 * A directory read for the browser (GET /api/directory/<what>): any signed-in console user may
 * make it; what upstream answered badly is told as the admin proxy tells it. An answer that is
 * already a Response (a CSV file) is sent as it is.
 */
export function directoryRoute(what: string, answer: (client: OpenAI, search: URLSearchParams) => Promise<unknown>) {
  return async (request: Request): Promise<Response> => {
    const { session, setCookies } = await lookupSession(request.headers);
    const respond = (response: Response) => {
      for (const cookie of setCookies) response.headers.append('set-cookie', cookie);
      return response;
    };
    if (!session)
      return respond(errorResponse(401, { code: 'unauthenticated', message: 'You are not signed in, or your session has ended. Sign in again.' }));
    try {
      const answered = await answer(await getUpstreamClient(), new URL(request.url).searchParams);
      return respond(answered instanceof Response ? answered : jsonResponse(200, answered));
    } catch (err) {
      if (err instanceof RouteInputError) return respond(errorResponse(400, { code: 'invalid_request', message: err.message, param: err.param }));
      const mapped = mapUpstreamError(err, false, describeUpstream(getConfig()));
      if (mapped.status === 500) console.error(`directory: ${what} failed`, err);
      return respond(errorResponse(mapped.status, mapped.error));
    }
  };
}
