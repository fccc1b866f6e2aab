import { handleMembersRequest } from '@/lib/server/directory/members-handler';

export const dynamic = 'force-dynamic';

export const GET = handleMembersRequest;
