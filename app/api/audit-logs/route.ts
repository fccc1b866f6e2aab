import { handleAuditLogsRequest } from '@/lib/server/audit/handlers';

export const dynamic = 'force-dynamic';

export const GET = handleAuditLogsRequest;
