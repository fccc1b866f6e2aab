'use client';

import { useQuery } from '@tanstack/react-query';
import { FileBadge } from 'lucide-react';
import Link from 'next/link';
import { useMemo } from 'react';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { describeError } from '@/lib/queries/admin-fetch';
import { certificateProjectsOptions, certificatesOptions } from '@/lib/queries/certificates';
import { validityBadge } from '@/components/project-certificates/certificate-validity';
import { Badge } from '@/components/ui/states';
import { AttentionGroup } from './attention-group';
import { certificatesNeedingAttention, whereActive } from './needs-attention';

const SHOWN = 5;

/** Certificates expiring within 30 days, and expired ones still active for the organization or a project. */
export function CertificateAttention({ now }: { now: number }) {
  const list = useQuery(certificatesOptions());
  const projects = useQuery(certificateProjectsOptions());
  const items = useMemo(
    () => (list.data && projects.data ? certificatesNeedingAttention(list.data, projects.data.data, now) : []),
    [list.data, projects.data, now],
  );
  const failed = list.isError ? list.error : projects.isError ? projects.error : null;

  return (
    <AttentionGroup
      title="Certificates"
      rule="Expiring within 30 days, or expired and still active"
      link={{ href: '/certificates', label: 'All certificates' }}
      loading={!failed && (list.isPending || projects.isPending)}
      error={failed ? describeError(failed) : null}
      retrying={(list.isError && list.isFetching) || (projects.isError && projects.isFetching)}
      onRetry={() => {
        if (list.isError) void list.refetch();
        if (projects.isError) void projects.refetch();
      }}
      count={items.length}
      empty="No certificate expires within 30 days, and none that has expired is still active."
    >
      {items.slice(0, SHOWN).map((item) => {
        const badge = validityBadge(item.validity);
        return (
          <li key={item.id} className="flex items-center gap-3 py-2.5">
            <FileBadge className="text-muted-foreground size-4 shrink-0" aria-hidden />
            <div className="min-w-0 flex-1">
              <Link href={`/certificates?q=${encodeURIComponent(item.name)}`} className="block truncate text-sm font-medium hover:underline">
                {item.name}
              </Link>
              <p className="text-muted-foreground truncate text-xs" title={whereActive(item)}>
                {whereActive(item)}
              </p>
            </div>
            <div className="flex shrink-0 flex-col items-end gap-0.5">
              <Badge tone={badge.tone}>{badge.label}</Badge>
              <span className="text-muted-foreground text-xs" title={formatDateTime(item.expiresAt)}>
                {formatDate(item.expiresAt)}
              </span>
            </div>
          </li>
        );
      })}
      {items.length > SHOWN && (
        <li className="py-2.5 text-sm">
          <Link href="/certificates" className="text-primary hover:underline">
            and {items.length - SHOWN} more
          </Link>
        </li>
      )}
    </AttentionGroup>
  );
}
