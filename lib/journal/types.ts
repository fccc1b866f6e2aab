import type { UpstreamStatus } from './status';

/** One object a change named, with its name when the directory knows it. */
export interface JournalTarget {
  /** `project`, `user`, `group`... from the id's field (`project_id`). */
  kind: string;
  id: string;
  name: string | null;
}

/** A journal entry as GET /api/journal returns it. */
export interface JournalViewEntry {
  id: number;
  /** ISO 8601 times: when the console sent the change, when it heard back. */
  created_at: string;
  finished_at: string | null;
  user_email: string;
  user_role: string;
  operation: string;
  /** The operation in words ("Update a project"). */
  summary: string;
  method: string;
  path: string;
  target_ids: Record<string, string>;
  result_ids: Record<string, string> | null;
  /** The objects named by the path, and what the change created, with names. */
  targets: JournalTarget[];
  /** What the request asked by a name or email of its own ("Checkout"), when it says. */
  subject: string | null;
  request_summary: unknown;
  outcome: 'pending' | 'succeeded' | 'failed' | 'unknown';
  http_status: number | null;
  upstream_request_id: string | null;
  error_message: string | null;
  upstream: UpstreamStatus;
  needs_a_look: boolean;
}

/** How far the look for "no upstream event yet" went (status filters only). */
export interface JournalScan {
  /** ISO time: only changes since then were checked. */
  since: string;
  days: number;
  /** Changes checked, and the most it checks. */
  checked: number;
  max: number;
  /** More changes were in the window than it checks: older ones were left out. */
  limited: boolean;
}

export interface JournalPage {
  object: 'list';
  data: JournalViewEntry[];
  first_id: number | null;
  last_id: number | null;
  has_newer: boolean;
  has_older: boolean;
  /** Every console user the journal has entries of (the filter's choices). */
  users: string[];
  upstream_check: {
    /** Whether the console knows which admin key is its own (events are then matched to it only). */
    console_key_certain: boolean;
    /** Why the audit log could not be read, when it could not. */
    error: string | null;
  };
  /** Names could not be read from the organization: ids are shown instead. */
  names_error: string | null;
  scan: JournalScan | null;
}
