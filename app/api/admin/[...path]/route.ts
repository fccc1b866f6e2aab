import { proxyAdminRequest } from '@/lib/server/proxy';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ path: string[] }> };

async function handle(request: Request, { params }: Context) {
  return proxyAdminRequest(request, (await params).path);
}

export { handle as GET, handle as POST, handle as DELETE, handle as PUT, handle as PATCH };
