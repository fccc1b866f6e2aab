import { UserCheck } from 'lucide-react';
import type { EventAttribution } from '@/lib/audit/types';

/** "Via console · ada@example.com": the console user the journal says made the event. */
export function AttributionBadge({ by }: { by: EventAttribution }) {
  const basis = by.basis === 'target' ? 'operation, target and time' : 'operation and time';
  return (
    <span
      className="bg-primary/10 text-primary inline-flex max-w-full items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium"
      title={`Made through this console by ${by.userEmail} (${by.userRole}); matched to journal entry #${by.entryId} by ${basis}.`}
    >
      <UserCheck className="size-3.5 shrink-0" aria-hidden />
      <span className="truncate">Via console · {by.userEmail}</span>
    </span>
  );
}
