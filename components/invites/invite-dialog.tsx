'use client';

import { useState } from 'react';
import { parseEmailList, type EmailEntry } from '@/lib/admin/email-list';
import { useSendInvites, type InviteOutcome, type InviteRequest } from '@/lib/queries/invites';
import { Dialog } from '@/components/ui/dialog';
import { InviteForm, type InviteDraft } from './invite-form';
import { InviteOutcomeList } from './invite-outcome';
import { InviteReview } from './invite-review';
import type { useInvitesData } from './use-invites-data';
import type { OwnerGrant } from './invites-view';

export interface InviteDialogProps {
  open: boolean;
  onClose: () => void;
  data: ReturnType<typeof useInvitesData>;
  ownerGrant: OwnerGrant;
}

type Step =
  | { kind: 'compose' }
  | { kind: 'review'; entries: EmailEntry[] }
  | { kind: 'outcome'; outcomes: InviteOutcome[]; skipped: EmailEntry[] };

const EMPTY_DRAFT: InviteDraft = { text: '', role: 'reader', projects: [] };

/** Invite people: write the list, review every address's verdict, send the valid new ones, see each outcome. */
export function InviteDialog({ open, onClose, data, ownerGrant }: InviteDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Invite people"
      description="They get an email with a link to join the organization. An invite expires after a week."
    >
      {open && <InviteFlow onClose={onClose} data={data} ownerGrant={ownerGrant} />}
    </Dialog>
  );
}

function toRequest(draft: InviteDraft): InviteRequest {
  // No projects chosen: leave `projects` out, and the API adds the person to the default project.
  return draft.projects.length > 0
    ? { role: draft.role, projects: draft.projects.map(({ id, role }) => ({ id, role })) }
    : { role: draft.role };
}

function InviteFlow({ onClose, data, ownerGrant }: Omit<InviteDialogProps, 'open'>) {
  const [draft, setDraft] = useState<InviteDraft>(EMPTY_DRAFT);
  const [step, setStep] = useState<Step>({ kind: 'compose' });
  const [progress, setProgress] = useState(0);
  const send = useSendInvites();

  if (step.kind === 'compose') {
    return (
      <InviteForm
        draft={draft}
        onChange={setDraft}
        projects={data.activeProjects}
        projectsReady={data.projectsReady}
        projectsError={data.projectsError}
        ownerGrant={ownerGrant}
        onCancel={onClose}
        onReview={() => setStep({ kind: 'review', entries: parseEmailList(draft.text) })}
      />
    );
  }
  if (step.kind === 'review') {
    return (
      <InviteReview
        entries={step.entries}
        draft={draft}
        pendingEmails={data.pendingEmails}
        pendingComplete={data.invitesComplete}
        sending={send.isPending}
        progress={progress}
        onBack={() => setStep({ kind: 'compose' })}
        onSend={(checked, emails) => {
          setProgress(0);
          send.mutate(
            { emails, request: toRequest(draft), onProgress: setProgress },
            {
              onSuccess: (outcomes) =>
                setStep({
                  kind: 'outcome',
                  outcomes,
                  skipped: checked.filter((e) => e.verdict !== 'valid'),
                }),
            },
          );
        }}
      />
    );
  }
  const failed = step.outcomes.filter((o) => o.status === 'failed').map((o) => o.email);
  return (
    <InviteOutcomeList
      outcomes={step.outcomes}
      skipped={step.skipped}
      onDone={onClose}
      onInviteMore={() => {
        setDraft(EMPTY_DRAFT);
        setStep({ kind: 'compose' });
      }}
      onRetryFailed={
        failed.length > 0
          ? () => {
              setDraft({ ...draft, text: failed.join('\n') });
              setStep({ kind: 'compose' });
            }
          : undefined
      }
    />
  );
}
