import { handleProjectsRequest } from '@/lib/server/directory/projects-handler';

export const dynamic = 'force-dynamic';

export const GET = handleProjectsRequest;
