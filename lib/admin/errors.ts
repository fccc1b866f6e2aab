/** The body of every error the console's own API answers with. */
export interface ConsoleErrorBody {
  error: {
    /** What happened and what to do, in words for a person. */
    message: string;
    /** Machine-readable kind: not_found, invalid_request, unauthenticated, forbidden, upstream_auth, rate_limited (upstream), change_rate_limited (the console's own per-person limit), upstream_error, upstream_unreachable, outcome_unknown, journal_unavailable... */
    code: string;
    /** The request field at fault, when there is one. */
    param?: string | null;
    /** OpenAI's x-request-id, to quote to OpenAI support. */
    upstream_request_id?: string | null;
    retry_after_seconds?: number | null;
    /** With outcome_unknown: what re-reading the organization showed about the change that was sent. */
    outcome?: 'applied' | 'not_applied' | 'unknown';
    /** With outcome: the object the change made or acted on, when the re-read found it. */
    target?: { id: string; name: string | null } | null;
    /** With outcome 'applied': the answer carried a secret (a new key) that never reached the console. */
    secret_lost?: boolean;
  };
}

export function isConsoleErrorBody(value: unknown): value is ConsoleErrorBody {
  if (!value || typeof value !== 'object' || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return !!error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string';
}
