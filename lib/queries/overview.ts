import { queryOptions } from '@tanstack/react-query';
import type { Invite } from 'openai/resources/admin/organization/invites';
import type { ListPage } from '@/lib/admin/types';
import { adminFetch } from './admin-fetch';
import { inviteKeys } from './invites';

/*
 * What the overview (/) reads besides the certificates (lib/queries/certificates.ts): every
 * invite, to find those pending too long. Under inviteKeys.all, so sending or deleting an invite
 * refreshes it.
 */
export const overviewKeys = {
  invites: () => [...inviteKeys.all, 'overview'] as const,
};

/** Every invite of the organization, following `after` cursors. */
export function overviewInvitesOptions() {
  return queryOptions({
    queryKey: overviewKeys.invites(),
    queryFn: async ({ signal }) => {
      const out: Invite[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await adminFetch<ListPage<Invite>>('/organization/invites', { query: { limit: 100, after }, signal });
        out.push(...page.data);
        const last = page.last_id ?? page.data.at(-1)?.id;
        if (!page.has_more || !last || last === after) return out;
        after = last;
      }
    },
  });
}
