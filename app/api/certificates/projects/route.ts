import { handleCertificateProjectsRequest } from '@/lib/server/certificates/projects';

export const dynamic = 'force-dynamic';

/** GET /api/certificates/projects: the projects where each organization certificate is active. */
export const GET = handleCertificateProjectsRequest;
