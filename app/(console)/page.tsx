import type { Metadata } from 'next';
import { OverviewView } from '@/components/overview/overview-view';
import { requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Overview' };

// Every console role may read the overview; it holds no control that changes anything.
export default async function OverviewPage() {
  await requirePageSession();
  return <OverviewView />;
}
