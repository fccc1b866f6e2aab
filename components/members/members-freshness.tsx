import { formatDateTime } from '@/lib/format/dates';
import type { MembersPage } from '@/lib/queries/directory';
import { numberFormat } from './members-format';

/**
 * How fresh and complete the members shown are: read when, and whether the users or their
 * memberships are still being read (the list then says so rather than show what it lacks).
 */
export function MembersFreshness({ data }: { data: MembersPage }) {
  return (
    <p className="text-muted-foreground text-xs" title={`Read from the organization at ${formatDateTime(data.as_of)}`}>
      {data.users_complete === false ? (
        <span role="status" className="text-foreground">
          Still reading members from the organization: {numberFormat.format(data.users_read)} read so
          far. Until it finishes, the order, counts and search cover only those ·{' '}
        </span>
      ) : (
        !data.memberships_ready && <span role="status">Loading memberships… · </span>
      )}
      as of {formatDateTime(data.as_of)}
    </p>
  );
}
