'use client';

import type { EmailEntry } from '@/lib/admin/email-list';
import type { InviteOutcome } from '@/lib/queries/invites';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';

export interface InviteOutcomeListProps {
  outcomes: readonly InviteOutcome[];
  /** Addresses the review kept back (invalid, duplicate, member, already invited). */
  skipped: readonly EmailEntry[];
  onDone: () => void;
  onInviteMore: () => void;
  /** Back to the form with the failed addresses; absent when none failed. */
  onRetryFailed?: () => void;
}

/** What happened to each address: sent, failed (with the reason), or not sent after the review. */
export function InviteOutcomeList({
  outcomes,
  skipped,
  onDone,
  onInviteMore,
  onRetryFailed,
}: InviteOutcomeListProps) {
  const sent = outcomes.filter((o) => o.status === 'sent').length;
  const failed = outcomes.length - sent;
  return (
    <div className="space-y-4">
      <p role="status" className="text-sm">
        {sent} invite{sent === 1 ? '' : 's'} sent{failed > 0 && `, ${failed} failed`}
        {skipped.length > 0 && `, ${skipped.length} not sent after the review`}.
      </p>
      <ul
        aria-label="Outcomes"
        className="border-border divide-border max-h-80 divide-y overflow-auto rounded-md border"
      >
        {outcomes.map((outcome) => (
          <li
            key={outcome.email}
            className="flex items-start justify-between gap-3 px-3 py-2 text-sm"
          >
            <div className="min-w-0">
              <div className="truncate font-medium">{outcome.email}</div>
              {outcome.status === 'failed' ? (
                <div className="text-danger text-xs">{outcome.message}</div>
              ) : (
                outcome.note && <div className="text-muted-foreground text-xs">{outcome.note}</div>
              )}
            </div>
            {outcome.status === 'sent' ? (
              <Badge tone="success">Sent</Badge>
            ) : (
              <Badge tone="danger">Failed</Badge>
            )}
          </li>
        ))}
        {skipped.map((entry) => (
          <li
            key={`skipped-${entry.index}`}
            className="flex items-start justify-between gap-3 px-3 py-2 text-sm"
          >
            <div className="min-w-0">
              <div className="truncate font-medium">
                {entry.verdict === 'invalid' ? entry.source : entry.email}
              </div>
              <div className="text-muted-foreground text-xs">{entry.reason}</div>
            </div>
            <Badge>Not sent</Badge>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap justify-end gap-2 pt-2">
        {onRetryFailed && (
          <Button variant="secondary" onClick={onRetryFailed}>
            Try the failed ones again
          </Button>
        )}
        <Button variant="secondary" onClick={onInviteMore}>
          Invite more
        </Button>
        <Button onClick={onDone}>Done</Button>
      </div>
    </div>
  );
}
