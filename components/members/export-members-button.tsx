'use client';

import { toast } from 'sonner';
import { describeError } from '@/lib/queries/admin-fetch';
import type { MembersParams } from '@/lib/queries/directory';
import { EXPORT_CAP, fetchAllMembers } from '@/lib/queries/members';
import { ExportCsvButton } from '@/components/ui/export-csv-button';
import { MEMBER_CSV_COLUMNS, plural } from './members-format';

/** Exports every member the search and filter select (not only the page shown), memberships included. */
export function ExportMembersButton({
  params,
  disabled,
}: {
  params: Omit<MembersParams, 'offset' | 'limit'>;
  disabled?: boolean;
}) {
  return (
    <ExportCsvButton
      what="members"
      columns={MEMBER_CSV_COLUMNS}
      disabled={disabled}
      rows={async () => {
        const id = toast.loading('Preparing the members CSV…');
        try {
          const { rows, truncated } = await fetchAllMembers(params);
          if (truncated)
            toast.warning(
              `Exported the first ${plural(EXPORT_CAP, 'member')}; narrow the search for the rest.`,
              { id },
            );
          else toast.success(`Exported ${plural(rows.length, 'member')}.`, { id });
          return rows;
        } catch (error) {
          toast.error(`The export failed: ${describeError(error)}`, { id });
          throw error;
        }
      }}
    />
  );
}
