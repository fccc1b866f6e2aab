import {
  infiniteQueryOptions,
  queryOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  Invite,
  InviteCreateParams,
  InviteDeleteResponse,
} from 'openai/resources/admin/organization/invites';
import type { OrganizationUser } from 'openai/resources/admin/organization/users/users';
import { toast } from 'sonner';
import type { ListPage } from '@/lib/admin/types';
import { adminFetch, ConsoleApiError, describeError } from './admin-fetch';
import { directoryKeys } from './directory';
import { refreshAfterChange } from './refresh';

export type { Invite };
export type InviteRole = Invite['role'];
export type InviteProject = Invite.Project;

/** Query keys for invites: every key starts with inviteKeys.all, so one invalidation covers all. */
export const inviteKeys = {
  all: ['invites'] as const,
  list: () => [...inviteKeys.all, 'list'] as const,
  membersByEmail: (emails: readonly string[]) =>
    [...inviteKeys.all, 'members-by-email', emails] as const,
};

const PAGE_SIZE = 100;

const invitesPage = (after: string | undefined, signal?: AbortSignal) =>
  adminFetch<ListPage<Invite>>('/organization/invites', {
    query: { limit: PAGE_SIZE, after },
    signal,
  });

/** Every invite, page by page (cursor `after`); the view loads them all, invites being few. */
export function invitesListOptions() {
  return infiniteQueryOptions({
    queryKey: inviteKeys.list(),
    queryFn: ({ pageParam, signal }) => invitesPage(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.has_more && last.last_id ? last.last_id : undefined),
  });
}


const LOOKUP_BATCH = 50;

/** Which of these addresses (lower case) belong to organization users: one users.list per 50 addresses. */
export function membersByEmailOptions(emails: readonly string[]) {
  return queryOptions({
    queryKey: inviteKeys.membersByEmail(emails),
    queryFn: async ({ signal }) => {
      const batches: string[][] = [];
      for (let i = 0; i < emails.length; i += LOOKUP_BATCH)
        batches.push(emails.slice(i, i + LOOKUP_BATCH));
      const pages = await Promise.all(
        batches.map((batch) =>
          adminFetch<ListPage<OrganizationUser>>('/organization/users', {
            query: { emails: batch, limit: 100 },
            signal,
          }),
        ),
      );
      return new Set(
        pages.flatMap((page) =>
          page.data.flatMap((user) => (user.email ? [user.email.toLowerCase()] : [])),
        ),
      );
    },
    // The client's default freshness (30 s), not 0: going back to edit the list and reviewing again,
    // or a focus, need not ask again. Exactness is not at stake: who is a member changes outside
    // this console anyway, and the send is the final word (the API refuses a member).
  });
}

export type InviteRequest = Omit<InviteCreateParams, 'email'>;

export type InviteOutcome =
  | { email: string; status: 'sent'; inviteId: string; note?: string }
  | { email: string; status: 'failed'; message: string };

export interface SendInvitesVars {
  emails: readonly string[];
  request: InviteRequest;
  onProgress?: (done: number) => void;
}

/** Refusals that every further address would meet too: stop sending and say so for the rest. */
const stopsEverything = (err: unknown) =>
  err instanceof ConsoleApiError && [401, 403].includes(err.status);

/**
 * One POST /organization/invites per address, one after another, each outcome recorded. When an
 * answer is lost, the proxy has already re-read the invites and says whether it was sent
 * (`outcome`): an applied one counts as sent, with a note.
 */
async function sendInvites({
  emails,
  request,
  onProgress,
}: SendInvitesVars): Promise<InviteOutcome[]> {
  const outcomes: InviteOutcome[] = [];
  let stopped: string | null = null;
  for (const email of emails) {
    if (stopped) {
      outcomes.push({ email, status: 'failed', message: `Not sent: ${stopped}` });
      continue;
    }
    try {
      const invite = await adminFetch<Invite>('/organization/invites', {
        method: 'POST',
        body: { email, ...request },
      });
      outcomes.push({ email, status: 'sent', inviteId: invite.id });
    } catch (err) {
      if (err instanceof ConsoleApiError && err.outcome === 'applied' && err.target)
        outcomes.push({ email, status: 'sent', inviteId: err.target.id, note: err.message });
      else outcomes.push({ email, status: 'failed', message: describeError(err) });
      if (stopsEverything(err)) stopped = describeError(err);
    }
    onProgress?.(outcomes.length);
  }
  return outcomes;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Sends invites; toasts the summary and refreshes invites and the people directory. */
export function useSendInvites() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendInvites,
    onSuccess: (outcomes) => {
      const sent = outcomes.filter((o) => o.status === 'sent').length;
      const failed = outcomes.length - sent;
      if (failed === 0) toast.success(`${plural(sent, 'invite')} sent.`);
      else if (sent === 0) toast.error(`No invites sent: ${plural(failed, 'address')} failed.`);
      else toast.warning(`${plural(sent, 'invite')} sent; ${plural(failed, 'address')} failed.`);
      // Not awaited: the dialog shows the outcomes at once while the lists refresh behind it.
      void Promise.all([
        refreshAfterChange(queryClient, { queryKey: inviteKeys.all }),
        refreshAfterChange(queryClient, { queryKey: directoryKeys.all }),
      ]);
    },
  });
}

/** Deletes an invite (pending or expired; the API refuses accepted ones). */
export function useDeleteInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invite: Pick<Invite, 'id' | 'email'>) =>
      adminFetch<InviteDeleteResponse>(`/organization/invites/${encodeURIComponent(invite.id)}`, {
        method: 'DELETE',
      }),
    onSuccess: async (_data, invite) => {
      toast.success(`Invite for ${invite.email} deleted.`);
      await Promise.all([
        refreshAfterChange(queryClient, { queryKey: inviteKeys.all }),
        refreshAfterChange(queryClient, { queryKey: directoryKeys.all }),
      ]);
    },
  });
}
