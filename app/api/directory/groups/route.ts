import { handleGroupsRequest } from '@/lib/server/directory/groups-handler';

export const dynamic = 'force-dynamic';

export const GET = handleGroupsRequest;
