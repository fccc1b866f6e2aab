import type { Metadata } from 'next';
import { AuditTabs } from '@/components/audit/audit-tabs';
import { requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Console journal' };

// Placeholder until the journal view lands (same issue).
export default async function JournalPage() {
  await requirePageSession();
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">Audit log</h1>
      <AuditTabs active="journal" />
    </div>
  );
}
