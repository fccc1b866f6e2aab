import { certificateSubjects } from '@/lib/server/certificates/subjects';
import { directoryRoute } from '@/lib/server/directory/route';

export const dynamic = 'force-dynamic';

/** GET /api/certificates/subjects?ids=a,b: who each certificate names (any signed-in console user). */
export const GET = directoryRoute('certificate-subjects', async (client, search) => ({
  data: await certificateSubjects(client, (search.get('ids') ?? '').split(',').filter(Boolean)),
}));
