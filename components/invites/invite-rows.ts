import type { CsvColumn } from '@/lib/format/csv';
import type { Invite } from '@/lib/queries/invites';

/*
 * The invites table's rows, apart from the markup: the status as of now, project names, the
 * status filter with its counts, search, and the CSV columns.
 */

export const INVITE_STATUSES = ['pending', 'accepted', 'expired'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];
export type StatusFilter = 'all' | InviteStatus;
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', ...INVITE_STATUSES];

export interface ProjectInfo {
  name: string;
  archived: boolean;
}

export interface InviteRow {
  invite: Invite;
  /** What the invite is now: a pending one past its expiry is expired, whatever the API says. */
  status: InviteStatus;
  /** The projects it grants, by name where known (null: no such project, or not readable). */
  projects: { id: string; role: string; name: string | null; archived: boolean }[];
}

/** The status as of `now` (Unix seconds). */
export function effectiveStatus(
  invite: Pick<Invite, 'status' | 'expires_at'>,
  now: number,
): InviteStatus {
  if (invite.status === 'pending' && invite.expires_at != null && invite.expires_at <= now)
    return 'expired';
  return invite.status;
}

/** Rows for the table, newest invite first. */
export function inviteRows(
  invites: readonly Invite[],
  projects: ReadonlyMap<string, ProjectInfo>,
  now: number,
): InviteRow[] {
  return invites
    .map((invite) => ({
      invite,
      status: effectiveStatus(invite, now),
      projects: (invite.projects ?? []).map(({ id, role }) => {
        const project = projects.get(id);
        return { id, role, name: project?.name ?? null, archived: project?.archived ?? false };
      }),
    }))
    .sort(
      (a, b) => b.invite.created_at - a.invite.created_at || (a.invite.id < b.invite.id ? -1 : 1),
    );
}

/** Rows matching the search: email, role or a project's name, case-insensitive. */
export function searchRows(rows: readonly InviteRow[], q: string): InviteRow[] {
  const needle = q.trim().toLowerCase();
  if (!needle) return [...rows];
  return rows.filter(
    (row) =>
      row.invite.email.toLowerCase().includes(needle) ||
      row.invite.role === needle ||
      row.projects.some((p) => (p.name ?? p.id).toLowerCase().includes(needle)),
  );
}

export const byStatus = (rows: readonly InviteRow[], status: StatusFilter) =>
  status === 'all' ? [...rows] : rows.filter((row) => row.status === status);

export function countStatuses(rows: readonly InviteRow[]): Record<StatusFilter, number> {
  const counts: Record<StatusFilter, number> = {
    all: rows.length,
    pending: 0,
    accepted: 0,
    expired: 0,
  };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

export const projectLabel = (p: InviteRow['projects'][number]) =>
  p.name ?? `Unknown project ${p.id}`;

const isoDate = (unixSeconds: number | null | undefined) =>
  unixSeconds ? new Date(unixSeconds * 1000).toISOString() : '';

export const INVITE_CSV_COLUMNS: readonly CsvColumn<InviteRow>[] = [
  { header: 'Email', value: (row) => row.invite.email },
  { header: 'Organization role', value: (row) => row.invite.role },
  { header: 'Status', value: (row) => row.status },
  { header: 'Invited at', value: (row) => isoDate(row.invite.created_at) },
  { header: 'Expires at', value: (row) => isoDate(row.invite.expires_at) },
  { header: 'Accepted at', value: (row) => isoDate(row.invite.accepted_at) },
  {
    header: 'Projects',
    value: (row) => row.projects.map((p) => `${projectLabel(p)} (${p.role})`).join('; '),
  },
  { header: 'Invite id', value: (row) => row.invite.id },
];
