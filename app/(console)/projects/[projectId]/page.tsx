import type { Metadata } from 'next';
import { requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Project' };

// Replaced by the overview tab (issue 5).
export default async function ProjectOverviewPage() {
  await requirePageSession();
  return <p className="text-sm text-muted-foreground">The project overview is on its way.</p>;
}
