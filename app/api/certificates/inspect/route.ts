import { handleInspectRequest } from '@/lib/server/certificates/inspect-route';

export const dynamic = 'force-dynamic';

export const POST = handleInspectRequest;
