import { localDay } from '@/lib/format/dates';

/*
 * Links of the journal view, in the viewer's time zone.
 */

const MINUTE = 60_000;

/** The audit log filtered to the object a change was about, on the days it was sent. */
export function auditLogHref(entry: { created_at: string; finished_at: string | null; targets: readonly { id: string }[] }): string {
  const start = new Date(entry.created_at).getTime() - MINUTE;
  const end = new Date(entry.finished_at ?? entry.created_at).getTime() + MINUTE;
  const search = new URLSearchParams();
  const target = entry.targets[0]?.id;
  if (target) search.set('resource', target);
  search.set('from', localDay(start));
  search.set('to', localDay(end));
  return `/audit-logs?${search}`;
}
