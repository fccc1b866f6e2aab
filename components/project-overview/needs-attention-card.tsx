'use client';

import { useQuery } from '@tanstack/react-query';
import { AlertTriangle, KeyRound } from 'lucide-react';
import Link from 'next/link';
import { useMemo } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { projectApiKeysOptions, projectCostsOptions, projectSpendAlertsOptions, type ProjectAPIKey } from '@/lib/queries/project-overview';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/states';
import { crossedAlert, describeKeyUse, formatUsd, staleKeys, summarizeCosts, type CostWindow } from './overview-logic';

const SHOWN_KEYS = 3;

function ownerName(key: ProjectAPIKey): string {
  return key.owner.user?.name || key.owner.user?.email || key.owner.service_account?.name || 'unknown owner';
}

/** Stale keys and a crossed spend alert; each part loads (or fails) on its own. */
export function NeedsAttentionCard({ projectId, range, now }: { projectId: string; range: CostWindow; now: Date }) {
  const base = `/projects/${encodeURIComponent(projectId)}`;
  const keys = useQuery(projectApiKeysOptions(projectId));
  const alerts = useQuery(projectSpendAlertsOptions(projectId));
  const costs = useQuery(projectCostsOptions(projectId, range));
  const stale = useMemo(() => (keys.data ? staleKeys(keys.data, now) : []), [keys.data, now]);
  const monthToDate = useMemo(() => (costs.data ? summarizeCosts(costs.data, range).monthToDate : 0), [costs.data, range]);
  const crossed = alerts.data && costs.data ? crossedAlert(alerts.data, monthToDate) : null;

  const pending = keys.isPending || alerts.isPending || costs.isPending;
  const failures = [
    keys.isError && `API keys could not be checked: ${describeError(keys.error)}`,
    (alerts.isError || costs.isError) && `Spend alerts could not be checked: ${describeError(alerts.error ?? costs.error)}`,
  ].filter((text): text is string => !!text);
  const nothing = !pending && failures.length === 0 && stale.length === 0 && !crossed;

  return (
    <Card title="Needs attention" description="Keys unused for 90 days or more, and spend alerts this month has reached.">
      <ul className="space-y-3 text-sm" aria-label="Needs attention">
        {crossed && (
          <li className="flex gap-3">
            <AlertTriangle className="text-warning-fg mt-0.5 size-4 shrink-0" aria-hidden />
            <div>
              <Link href={`${base}/spend-alerts`} className="font-medium hover:underline">
                Spend alert at {formatUsd(crossed.threshold_amount / 100)} crossed
              </Link>
              <p className="text-muted-foreground">{formatUsd(monthToDate)} spent this month; alert emails go to {crossed.notification_channel.recipients.join(', ') || 'no one'}.</p>
            </div>
          </li>
        )}
        {stale.length > 0 && (
          <li className="flex gap-3">
            <KeyRound className="text-warning-fg mt-0.5 size-4 shrink-0" aria-hidden />
            <div className="space-y-1">
              <Link href={`${base}/api-keys?stale=1`} className="font-medium hover:underline">
                {stale.length === 1 ? '1 stale API key' : `${stale.length} stale API keys`}
              </Link>
              <ul className="text-muted-foreground">
                {stale.slice(0, SHOWN_KEYS).map((key) => (
                  <li key={key.id}>
                    <span className="text-foreground">{key.name || key.redacted_value}</span> ({ownerName(key)}):{' '}
                    {describeKeyUse(key, now)}
                  </li>
                ))}
                {stale.length > SHOWN_KEYS && <li>and {stale.length - SHOWN_KEYS} more</li>}
              </ul>
            </div>
          </li>
        )}
        {failures.map((text) => (
          <li key={text} role="alert" className="text-danger">
            {text}
          </li>
        ))}
        {pending && (
          <li role="status" aria-label="Checking what needs attention">
            <Skeleton className="h-10 w-full" />
          </li>
        )}
        {nothing && <li className="text-muted-foreground">Nothing needs attention: no stale keys, and no spend alert reached this month.</li>}
      </ul>
    </Card>
  );
}
