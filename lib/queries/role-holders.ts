import type { RoleListResponse as AssignedRole } from 'openai/resources/admin/organization/users/roles';
import type { MemberRow } from './directory';

/*
 * Which users hold which organization role. The Admin API answers only "the roles of one user",
 * so the console reads every user's roles once, in one scan (directory pages of 200 users, eight
 * users' roles at a time), and keeps the answer as this state: the holders of every role at
 * once, filled in as the scan goes, so its progress can be shown. Assignments made here update
 * it in place instead of scanning again. Pure functions: the query lives in roles.ts.
 */

export interface UserHolder {
  user: MemberRow;
  /** Assigned to the user themselves (so it can be unassigned), not only through a group. */
  direct: boolean;
  /** Groups the role comes through, by id, when the API says so (`assignment_sources`). */
  viaGroups: string[];
}

export interface UserRoleScan {
  /** Users the directory had when the scan began. */
  total: number;
  checked: number;
  done: boolean;
  /** Holders by role id, in directory order (by name). */
  byRole: Record<string, UserHolder[]>;
  /** When a user's assignments were last changed from this console (ms), by user id. */
  touched: Record<string, number>;
}

export type ScanChunk =
  | { kind: 'total'; total: number }
  | { kind: 'users'; startedAt: number; results: { user: MemberRow; roles: readonly AssignedRole[] }[] }
  | { kind: 'done' };

export const EMPTY_SCAN: UserRoleScan = { total: 0, checked: 0, done: false, byRole: {}, touched: {} };

/** How a user holds an assigned role, from the assignment's sources. */
export function holderOf(user: MemberRow, assigned: Pick<AssignedRole, 'assignment_sources'>): UserHolder {
  const sources = assigned.assignment_sources ?? [];
  return {
    user,
    direct: sources.length === 0 || sources.some((s) => s.principal_type === 'user'),
    viaGroups: sources.filter((s) => s.principal_type === 'group').map((s) => s.principal_id),
  };
}

const byName = (a: UserHolder, b: UserHolder) =>
  (a.user.name || a.user.email || a.user.id).localeCompare(b.user.name || b.user.email || b.user.id);

/** Folds one chunk of the scan into the state (one pass over the holders per chunk, not per user). */
export function applyChunk(scan: UserRoleScan, chunk: ScanChunk): UserRoleScan {
  if (chunk.kind === 'total') return { ...scan, total: chunk.total };
  if (chunk.kind === 'done') return { ...scan, done: true, checked: Math.max(scan.checked, scan.total) };
  // A change made here after a user was read is newer than what the scan saw of them.
  const fresh = chunk.results.filter(({ user }) => (scan.touched[user.id] ?? 0) <= chunk.startedAt);
  const ids = new Set(fresh.map(({ user }) => user.id));
  const byRole: Record<string, UserHolder[]> = {};
  for (const [roleId, holders] of Object.entries(scan.byRole)) {
    const kept = holders.filter((h) => !ids.has(h.user.id));
    if (kept.length > 0) byRole[roleId] = kept;
  }
  for (const { user, roles } of fresh)
    for (const assigned of roles) (byRole[assigned.id] ??= []).push(holderOf(user, assigned));
  return { ...scan, byRole, checked: scan.checked + chunk.results.length };
}

/** After assigning a role to a user here. */
export function withHolder(scan: UserRoleScan, roleId: string, user: MemberRow, now = Date.now()): UserRoleScan {
  const others = (scan.byRole[roleId] ?? []).filter((h) => h.user.id !== user.id);
  const holders = [...others, { user, direct: true, viaGroups: [] }].sort(byName);
  return { ...scan, byRole: { ...scan.byRole, [roleId]: holders }, touched: { ...scan.touched, [user.id]: now } };
}

/** After unassigning a role from a user here. */
export function withoutHolder(scan: UserRoleScan, roleId: string, userId: string, now = Date.now()): UserRoleScan {
  const holders = (scan.byRole[roleId] ?? []).filter((h) => h.user.id !== userId);
  const byRole = { ...scan.byRole, [roleId]: holders };
  if (holders.length === 0) delete byRole[roleId];
  return { ...scan, byRole, touched: { ...scan.touched, [userId]: now } };
}

/** After deleting a role: nobody holds it any more. */
export function withoutRole(scan: UserRoleScan, roleId: string): UserRoleScan {
  const byRole = { ...scan.byRole };
  delete byRole[roleId];
  return { ...scan, byRole };
}
