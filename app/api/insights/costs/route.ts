import { handleCostsRequest } from '@/lib/server/usage/handlers';

export const dynamic = 'force-dynamic';

export const GET = handleCostsRequest;
