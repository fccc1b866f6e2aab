'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useProject } from '@/components/project/use-project';
import { projectApiKeysOptions, projectCertificatesOptions, projectUsersOptions } from '@/lib/queries/project-overview';
import { NeedsAttentionCard } from './needs-attention-card';
import { costWindow, staleKeys } from './overview-logic';
import { SpendCard } from './spend-card';
import { StatCard } from './stat-card';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** A project at a glance: spend, who and what it holds, and what needs attention. Each card loads on its own. */
export function ProjectOverviewView({ projectId }: { projectId: string }) {
  // One moment for every figure on the page, so the cards agree on "this month" and "stale".
  const [now] = useState(() => new Date());
  const [range] = useState(() => costWindow(now));
  const base = `/projects/${encodeURIComponent(projectId)}`;
  const { project, archived } = useProject(projectId);
  // The API keeps no members for an archived project (it answers an error): not asked then.
  const users = useQuery({ ...projectUsersOptions(projectId), enabled: !!project && !archived });
  const keys = useQuery(projectApiKeysOptions(projectId));
  const certificates = useQuery(projectCertificatesOptions(projectId));

  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard
          title="Members"
          query={users}
          value={(list) => list.length.toLocaleString('en-US')}
          detail={(list) => plural(list.filter((u) => u.role === 'owner').length, 'owner', 'owners')}
          link={{ href: `${base}/members`, label: 'View members' }}
          unavailable={archived ? 'An archived project has no members.' : null}
        />
        <StatCard
          title="API keys"
          query={keys}
          value={(list) => list.length.toLocaleString('en-US')}
          detail={(list) => {
            const stale = staleKeys(list, now).length;
            return stale ? plural(stale, 'stale key', 'stale keys') : 'none stale';
          }}
          link={{ href: `${base}/api-keys`, label: 'View API keys' }}
        />
        <StatCard
          title="Active certificates"
          query={certificates}
          value={(list) => list.filter((c) => c.active).length.toLocaleString('en-US')}
          detail={(list) => `of ${plural(list.length, 'organization certificate', 'organization certificates')}`}
          link={{ href: `${base}/certificates`, label: 'View certificates' }}
        />
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[2fr_1fr]">
        <SpendCard projectId={projectId} range={range} />
        <NeedsAttentionCard projectId={projectId} range={range} now={now} />
      </div>
    </div>
  );
}
