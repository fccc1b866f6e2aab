import type { AdminAPIKey } from 'openai/resources/admin/organization/admin-api-keys';

/*
 * Admin API keys: the pure parts shared by the /admin-keys page (search, CSV) and the server
 * (which key the console itself uses).
 */

/**
 * Which listed keys are the one the console calls the Admin API with. Decided on the server
 * (lib/server/console-key.ts), which holds the key; the browser only ever gets ids.
 * `certain` is false when the server could not tell (the list failed, or no key matched).
 */
export interface ConsoleKeyIdentity {
  ids: string[];
  certain: boolean;
}

const REDACTION = /\.{2,}|…|\*{2,}/;

/**
 * Whether a full key value could be the key behind a redacted value such as `sk-admin...xyz`:
 * the visible start and end must both match. A redaction that shows fewer than two characters
 * at the end proves nothing, so it never matches.
 */
export function redactedMatches(value: string, redacted: string): boolean {
  const match = REDACTION.exec(redacted);
  if (!match) return false;
  const head = redacted.slice(0, match.index);
  const tail = redacted.slice(match.index + match[0].length);
  if (tail.length < 2) return false;
  return value.length > head.length + tail.length && value.startsWith(head) && value.endsWith(tail);
}

/** The ids of the keys whose redacted value fits `value` (more than one only on a coincidence). */
export function keysMatchingValue(value: string, keys: readonly Pick<AdminAPIKey, 'id' | 'redacted_value'>[]): string[] {
  return keys.filter((key) => redactedMatches(value, key.redacted_value)).map((key) => key.id);
}

/** A key's name, or what to call it when it has none. */
export const adminKeyLabel = (key: Pick<AdminAPIKey, 'name' | 'redacted_value'>) => key.name?.trim() || `Unnamed key ${key.redacted_value}`;

/**
 * The keys a search shows: every word must appear in the name, redacted value, id, owner name
 * or owner email (emails come from the people directory, when known). Newest first.
 */
export function searchAdminKeys<K extends AdminAPIKey>(keys: readonly K[], q: string, ownerEmail: (ownerId: string) => string | null = () => null): K[] {
  const words = q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const found = keys.filter((key) => {
    if (words.length === 0) return true;
    const ownerId = key.owner.id ?? '';
    const text = [key.name, key.redacted_value, key.id, key.owner.name, ownerId, ownerEmail(ownerId)].filter(Boolean).join(' ').toLowerCase();
    return words.every((word) => text.includes(word));
  });
  return found.sort((a, b) => b.created_at - a.created_at || a.id.localeCompare(b.id));
}

/** Expiry choices for a new key, in seconds (the API takes up to a year); 0 means never. */
export const ADMIN_KEY_EXPIRIES = [
  { label: 'Never', seconds: 0 },
  { label: 'In 30 days', seconds: 30 * 86_400 },
  { label: 'In 90 days', seconds: 90 * 86_400 },
  { label: 'In 1 year', seconds: 365 * 86_400 },
] as const;

/** Whether a key's expiry (Unix seconds, null for never) has passed. */
export const isExpired = (expiresAt: number | null, now = Date.now()) => expiresAt !== null && expiresAt * 1000 <= now;
