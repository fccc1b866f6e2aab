import type { Metadata } from 'next';
import { AuditLogView } from '@/components/audit/audit-log-view';
import { requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Audit log' };

/** Every signed-in role may read the audit log; it has nothing to change. */
export default async function AuditLogsPage() {
  await requirePageSession();
  return <AuditLogView />;
}
