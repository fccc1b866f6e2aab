import { handleJournalRequest } from '@/lib/server/journal/handlers';

export const dynamic = 'force-dynamic';

export const GET = handleJournalRequest;
