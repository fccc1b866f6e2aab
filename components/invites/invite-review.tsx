'use client';

import { useQuery } from '@tanstack/react-query';
import {
  addressesToSend,
  checkAgainstOrganization,
  type EmailEntry,
  type EmailVerdict,
} from '@/lib/admin/email-list';
import { describeError } from '@/lib/queries/admin-fetch';
import { membersByEmailOptions } from '@/lib/queries/invites';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';
import type { InviteDraft } from './invite-form';

const VERDICT_BADGE: Record<
  EmailVerdict,
  { label: string; tone: 'success' | 'danger' | 'neutral' | 'warning' }
> = {
  valid: { label: 'Will be invited', tone: 'success' },
  invalid: { label: 'Invalid', tone: 'danger' },
  duplicate: { label: 'Duplicate', tone: 'neutral' },
  member: { label: 'Already a member', tone: 'neutral' },
  pending: { label: 'Already invited', tone: 'warning' },
};

const NO_MEMBERS: ReadonlySet<string> = new Set();

export interface InviteReviewProps {
  /** The pasted list, parsed (syntax verdicts only). */
  entries: readonly EmailEntry[];
  draft: InviteDraft;
  pendingEmails: ReadonlySet<string>;
  /** Whether every invite page was read (otherwise "already invited" may be incomplete). */
  pendingComplete: boolean;
  sending: boolean;
  progress: number;
  onBack: () => void;
  onSend: (checked: EmailEntry[], emails: string[]) => void;
}

function EntryList({ entries, label }: { entries: readonly EmailEntry[]; label: string }) {
  return (
    <ul
      aria-label={label}
      className="border-border divide-border max-h-72 divide-y overflow-auto rounded-md border"
    >
      {entries.map((entry) => {
        const badge = VERDICT_BADGE[entry.verdict];
        return (
          <li
            key={entry.index}
            className="flex items-start justify-between gap-3 px-3 py-2 text-sm"
          >
            <div className="min-w-0">
              <div className="truncate font-medium">
                {entry.verdict === 'invalid' ? entry.source : entry.email}
              </div>
              {entry.name && (
                <div className="text-muted-foreground truncate text-xs">{entry.name}</div>
              )}
              {entry.reason && (
                <div
                  className={`text-xs ${entry.verdict === 'invalid' ? 'text-danger' : 'text-muted-foreground'}`}
                >
                  {entry.reason}
                </div>
              )}
            </div>
            <Badge tone={badge.tone}>{badge.label}</Badge>
          </li>
        );
      })}
    </ul>
  );
}

function grantText(draft: InviteDraft): string {
  const projects =
    draft.projects.length === 0
      ? 'the default project'
      : draft.projects.map((p) => `${p.name} (${p.role})`).join(', ');
  return `as ${draft.role === 'owner' ? 'owners' : 'readers'}, with access to ${projects}`;
}

/** Every address with its verdict (syntax, duplicates, members, pending invites) before anything is sent. */
export function InviteReview({
  entries,
  draft,
  pendingEmails,
  pendingComplete,
  sending,
  progress,
  onBack,
  onSend,
}: InviteReviewProps) {
  const valid = addressesToSend(entries);
  const lookup = useQuery({ ...membersByEmailOptions(valid), enabled: valid.length > 0 });
  const checking = valid.length > 0 && lookup.isPending;
  const checked = checkAgainstOrganization(entries, {
    members: lookup.data ?? NO_MEMBERS,
    pending: pendingEmails,
  });
  const toSend = addressesToSend(checked);
  const skipped = checked.length - toSend.length;

  return (
    <div className="space-y-4">
      <p className="text-sm">
        {checking
          ? `Checking ${valid.length} address${valid.length === 1 ? '' : 'es'} against the organization…`
          : toSend.length === 0
            ? 'None of these addresses can be invited.'
            : `${toSend.length} of ${checked.length} will be invited ${grantText(draft)}.`}
        {!checking && skipped > 0 && ` ${skipped} will not be sent.`}
      </p>
      {lookup.isError && (
        <div
          role="alert"
          className="bg-warning-bg text-warning-fg space-y-1 rounded-md px-3 py-2 text-sm"
        >
          <p>
            Could not check which addresses already belong to the organization:{' '}
            {describeError(lookup.error)}
          </p>
          <p>You can still send; the API refuses anyone already in the organization.</p>
          <Button size="sm" variant="secondary" onClick={() => void lookup.refetch()}>
            Check again
          </Button>
        </div>
      )}
      {!pendingComplete && (
        <p className="text-muted-foreground text-xs">
          Still reading the invite list: addresses already invited may not be marked yet.
        </p>
      )}
      <EntryList entries={checked} label="Addresses" />
      <div className="flex justify-end gap-2 pt-2">
        <Button variant="secondary" onClick={onBack} disabled={sending}>
          Back
        </Button>
        <Button
          onClick={() => onSend(checked, toSend)}
          disabled={checking || toSend.length === 0}
          pending={sending}
        >
          {sending
            ? `Sending ${Math.min(progress + 1, toSend.length)} of ${toSend.length}…`
            : `Send ${toSend.length} invite${toSend.length === 1 ? '' : 's'}`}
        </Button>
      </div>
    </div>
  );
}
