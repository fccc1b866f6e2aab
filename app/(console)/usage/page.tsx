import type { Metadata } from 'next';
import { UsageView } from '@/components/usage/usage-view';
import { requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Usage' };

/** Every signed-in role may read usage; the page changes nothing. */
export default async function UsagePage() {
  await requirePageSession();
  return <UsageView />;
}
