import 'server-only';
import type OpenAI from 'openai';
import type { AuditEvent } from '@/lib/audit/attribution';
import { ADMIN_AUTH } from '../openai';

interface UpstreamList {
  data: AuditEvent[];
  first_id?: string | null;
  last_id?: string | null;
  has_more: boolean;
}

/** The most events the API returns per request. */
export const AUDIT_PAGE_LIMIT = 100;

/** One page of the organization's audit log, straight from upstream (query already validated). */
export async function listAuditEvents(client: OpenAI, query: Record<string, unknown>): Promise<UpstreamList> {
  return (await client.get('/organization/audit_logs', { ...ADMIN_AUTH, query })) as UpstreamList;
}

export interface AuditEventsRead {
  /** Newest first, as the API lists them. */
  events: AuditEvent[];
  /** More events matched than were read: older ones than the last read were left out. */
  truncated: boolean;
  /** When truncated: the time (seconds) of the oldest event read; events before it were not read. */
  stoppedAt: number | null;
}

/** Every event the query selects, newest first, following the cursor up to `maxEvents`. */
export async function readAuditEvents(client: OpenAI, query: Record<string, unknown>, maxEvents: number): Promise<AuditEventsRead> {
  const events: AuditEvent[] = [];
  let after: string | undefined;
  while (events.length < maxEvents) {
    const limit = Math.min(AUDIT_PAGE_LIMIT, maxEvents - events.length);
    const page = await listAuditEvents(client, { ...query, limit, ...(after ? { after } : {}) });
    events.push(...page.data);
    const last = page.last_id ?? page.data.at(-1)?.id;
    if (!page.has_more || !last) return { events, truncated: false, stoppedAt: null };
    after = last;
  }
  return { events, truncated: true, stoppedAt: events.at(-1)?.effective_at ?? null };
}
