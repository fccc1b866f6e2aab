import { handleSandboxControl } from '@/lib/sandbox/control/control';
import { sandboxDisabledResponse } from '@/lib/sandbox/response';
import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';
import { forgetDirectory } from '@/lib/server/directory/directory';
import { warmDirectoryInBackground } from '@/lib/server/directory/warm';
import { forgetHot } from '@/lib/server/usage/hot';

// The sandbox's control API (reset, faults): lib/sandbox/control/control.ts.
export const dynamic = 'force-dynamic';

async function handle(request: Request, { params }: { params: Promise<{ action: string }> }): Promise<Response> {
  if (!getConfig().sandboxEnabled) return sandboxDisabledResponse();
  const { action } = await params;
  const response = await handleSandboxControl(await getDb(), request, action);
  // A reset changes the whole organization: names, memberships and usage read before are gone.
  if (action === 'reset' && response.ok) {
    forgetDirectory();
    forgetHot();
    warmDirectoryInBackground();
  }
  return response;
}

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
