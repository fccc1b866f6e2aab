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

export interface RelativeOptions {
  /**
   * For logs: under a day in minutes and hours ("just now", "5 min ago", "3 h ago"), and past
   * 30 days the date itself ("3 Mar 2025"), where "4 months ago" says too little.
   */
  precise?: boolean;
}

/** "today", "3 days ago", "5 months ago", "2 years ago" (with `precise`: see RelativeOptions). */
export function formatRelative(unixSeconds: number | null | undefined, now = Date.now(), { precise = false }: RelativeOptions = {}): string {
  if (!unixSeconds) return 'never';
  const elapsed = now - unixSeconds * 1000;
  const days = Math.floor(elapsed / 86_400_000);
  if (precise && days < 1) {
    if (elapsed < 60_000) return 'just now';
    if (elapsed < 3_600_000) return `${Math.floor(elapsed / 60_000)} min ago`;
    return `${Math.floor(elapsed / 3_600_000)} h ago`;
  }
  if (precise && days >= 30) return formatDate(unixSeconds);
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

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** Seconds at the local midnight that starts `day` (YYYY-MM-DD), or undefined when not a day. */
export function dayStart(day: string, plusDays = 0): number | undefined {
  if (!DAY.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d + plusDays);
  return Number.isNaN(date.getTime()) ? undefined : Math.floor(date.getTime() / 1000);
}

/** YYYY-MM-DD of a moment (ms) in the viewer's time zone: what a date filter holds. */
export function localDay(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
