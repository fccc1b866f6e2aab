/*
 * Times and links of the journal view, in the viewer's time zone.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then the date. */
export function timeAgo(iso: string, now = Date.now()): string {
  const at = new Date(iso).getTime();
  const elapsed = now - at;
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  if (elapsed < 2 * DAY) return 'yesterday';
  if (elapsed < 30 * DAY) return `${Math.floor(elapsed / DAY)} days ago`;
  return dayFormat.format(at);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of a moment in the viewer's time zone (the audit log's date filter). */
export function localDay(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

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
