import type { Metadata } from 'next';
import { JournalView } from '@/components/audit/journal-view';
import { requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Console journal' };

/** Every signed-in console role may read the journal; nothing on it changes anything. */
export default async function JournalPage() {
  await requirePageSession();
  return <JournalView />;
}
