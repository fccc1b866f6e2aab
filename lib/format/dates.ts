const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** "3 Mar 2025" from Unix seconds (the API's timestamps). */
export function formatDate(unixSeconds: number | null | undefined): string {
  return unixSeconds ? dateFormat.format(new Date(unixSeconds * 1000)) : '—';
}

/** "3 Mar 2025, 14:05 UTC": for tooltips, where the exact moment matters. */
export function formatDateTime(unixSeconds: number | null | undefined): string {
  return unixSeconds ? dateTimeFormat.format(new Date(unixSeconds * 1000)) : '—';
}

/** "today", "3 days ago", "5 months ago", "2 years ago". */
export function formatRelative(unixSeconds: number | null | undefined, now = Date.now()): string {
  if (!unixSeconds) return 'never';
  const days = Math.floor((now - unixSeconds * 1000) / 86_400_000);
  if (days < 1) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  const months = Math.floor(days / 30.44);
  if (months < 24) return `${months} months ago`;
  return `${Math.floor(days / 365.25)} years ago`;
}

const localSecondsFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "3 Mar 2025, 14:05:09" in the viewer's time zone: for logs, where the order of seconds matters. */
export function formatLocalDateTime(unixSeconds: number | null | undefined): string {
  return unixSeconds ? localSecondsFormat.format(new Date(unixSeconds * 1000)) : '—';
}
