import type { AuditEvent } from './attribution';
import type { NameBook } from './describe';

// What GET /api/audit-logs answers (the server builds it in lib/server/audit/audit-page.ts).

/** The console user behind an event, as the browser shows it. */
export interface EventAttribution {
  entryId: number;
  basis: 'target' | 'time';
  userEmail: string;
  userRole: string;
  operation: string;
  /** The operation in words ("Update a project"). */
  summary: string;
  outcome: string;
  sentAt: string;
  upstreamRequestId: string | null;
}

export interface AuditPage {
  object: 'list';
  data: AuditEvent[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
  names: NameBook;
  /** Names could not be read from the organization: ids are shown instead, and this says why. */
  names_error: string | null;
  attribution: Record<string, EventAttribution>;
  /** The events made with the console's admin key (with any admin key when the console is not certain which is its own). */
  console_key_events: string[];
  /** Whether the console knows which admin key is its own (attribution is surer when it does). */
  console_key_certain: boolean;
  names_as_of: number;
}
