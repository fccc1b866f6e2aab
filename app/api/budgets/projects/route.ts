import { handleProjectBudgetsRequest } from '@/lib/server/budgets/project-budgets';

export const dynamic = 'force-dynamic';

/** GET /api/budgets/projects?offset=&limit=: every project's spend alerts and limit, a page at a time. */
export const GET = handleProjectBudgetsRequest;
