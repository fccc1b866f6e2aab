import type { ProjectAPIKey } from 'openai/resources/admin/organization/projects/api-keys';

/*
 * Key hygiene rules for a project's API keys: staleness, the "last used" wording, owners by name,
 * and the owner/staleness filters the API keys tab keeps in its URL.
 */

const DAY = 86_400;
/** A key unused for this many days (or never used, and older than that) is stale. */
export const STALE_AFTER_DAYS = 90;

type KeyDates = Pick<ProjectAPIKey, 'created_at' | 'last_used_at'>;

/** Whole days between a Unix time and `now` (milliseconds). */
export function daysSince(unixSeconds: number, now = Date.now()): number {
  return Math.max(0, Math.floor((now / 1000 - unixSeconds) / DAY));
}

/** Stale: last used 90+ days ago, or never used and created 90+ days ago. */
export function isStale(key: KeyDates, now = Date.now()): boolean {
  const since = key.last_used_at ?? key.created_at;
  return daysSince(since, now) >= STALE_AFTER_DAYS;
}

/** "never", "today", "yesterday", "94 days ago": days, so 90 reads as 90. */
export function lastUsedLabel(key: KeyDates, now = Date.now()): string {
  if (key.last_used_at === null) return 'never';
  const days = daysSince(key.last_used_at, now);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

export interface KeyOwner {
  /** `user:<id>` or `service_account:<id>`: the owner filter's value. */
  ref: string;
  type: 'user' | 'service_account' | 'unknown';
  id: string | null;
  name: string;
  /** The user's email (users only). */
  detail: string | null;
}

/** Who owns a key, by name: a user's name (email underneath), or the service account's name. */
export function keyOwner(key: Pick<ProjectAPIKey, 'owner'>): KeyOwner {
  const { user, service_account: account } = key.owner;
  if (key.owner.type === 'service_account' && account)
    return { ref: `service_account:${account.id}`, type: 'service_account', id: account.id, name: account.name || account.id, detail: null };
  if (user)
    return { ref: `user:${user.id}`, type: 'user', id: user.id, name: user.name || user.email || user.id, detail: user.name ? user.email : null };
  return { ref: 'unknown', type: 'unknown', id: null, name: 'Unknown owner', detail: null };
}

/** Every owner of these keys once, people first, then service accounts, each by name. */
export function keyOwners(keys: readonly Pick<ProjectAPIKey, 'owner'>[]): KeyOwner[] {
  const byRef = new Map<string, KeyOwner>();
  for (const key of keys) {
    const owner = keyOwner(key);
    if (!byRef.has(owner.ref)) byRef.set(owner.ref, owner);
  }
  const rank = { user: 0, service_account: 1, unknown: 2 } as const;
  return [...byRef.values()].sort((a, b) => rank[a.type] - rank[b.type] || a.name.localeCompare(b.name));
}

export interface KeyFilters {
  /** An owner ref (`user:<id>`), `users`, `service_accounts`, or '' for everyone. */
  owner: string;
  /** Only stale keys. */
  stale: boolean;
}

export function matchesOwner(key: Pick<ProjectAPIKey, 'owner'>, owner: string): boolean {
  if (!owner) return true;
  const ref = keyOwner(key);
  if (owner === 'users') return ref.type === 'user';
  if (owner === 'service_accounts') return ref.type === 'service_account';
  return ref.ref === owner;
}

/** The keys the filters select, oldest use first when only stale ones are shown, else newest first. */
export function filterKeys<K extends Pick<ProjectAPIKey, 'owner' | 'created_at' | 'last_used_at'>>(keys: readonly K[], filters: KeyFilters, now = Date.now()): K[] {
  const shown = keys.filter((key) => matchesOwner(key, filters.owner) && (!filters.stale || isStale(key, now)));
  const lastActivity = (key: K) => key.last_used_at ?? key.created_at;
  return filters.stale
    ? shown.sort((a, b) => lastActivity(a) - lastActivity(b))
    : shown.sort((a, b) => b.created_at - a.created_at);
}

/** Only people's keys can be revoked on their own: a service account's keys go with the account (the API refuses). */
export const isRevocable = (key: Pick<ProjectAPIKey, 'owner'>) => key.owner.type !== 'service_account';

/** The selection as kept in the URL: comma-separated key ids. */
export const parseSelection = (value: string): string[] => value.split(',').map((id) => id.trim()).filter(Boolean);
export const formatSelection = (ids: Iterable<string>): string => [...new Set(ids)].join(',');

/** The selection with `ids` added (`on`) or taken out; ids selected elsewhere (other pages) stay. */
export function toggleMany(selected: Iterable<string>, ids: readonly string[], on: boolean): string[] {
  const next = new Set(selected);
  for (const id of ids) if (on) next.add(id); else next.delete(id);
  return [...next];
}
