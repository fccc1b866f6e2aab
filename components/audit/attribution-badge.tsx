import { UserCheck } from 'lucide-react';
import { matchedBy } from '@/lib/audit/attribution';
import type { EventAttribution } from '@/lib/audit/types';

/** The console user the journal says made the event (the column or panel says "via console"). */
export function AttributionBadge({ by }: { by: EventAttribution }) {
  return (
    <span
      className="bg-primary/10 text-primary inline-flex max-w-full items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium"
      title={`Made through this console by ${by.userEmail} (${by.userRole}); matched to journal entry #${by.entryId} by ${matchedBy(by.basis)}.`}
    >
      <UserCheck className="size-3.5 shrink-0" aria-hidden />
      <span className="truncate">{by.userEmail}</span>
    </span>
  );
}
