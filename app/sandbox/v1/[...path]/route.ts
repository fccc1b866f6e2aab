import { handleSandboxRequest } from '@/lib/sandbox/router';
import { sandboxDisabledResponse } from '@/lib/sandbox/response';
import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';

// The sandbox Admin API (lib/sandbox): every method and path goes to one handler. Responses
// stream as they are (no buffering here), which the injected faults rely on: a body that errors
// makes Next drop the connection (reset faults), a body that waits keeps it open (stall-body).
export const dynamic = 'force-dynamic';

async function handle(request: Request): Promise<Response> {
  if (!getConfig().sandboxEnabled) return sandboxDisabledResponse();
  return handleSandboxRequest(await getDb(), request);
}

export const GET = handle;
export const POST = handle;
export const DELETE = handle;
// Not methods of the Admin API: the router answers 405 (or Invalid URL) like the API.
export const PUT = handle;
export const PATCH = handle;
