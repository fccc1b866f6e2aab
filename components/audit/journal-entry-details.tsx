'use client';

import { ExternalLink, Lock } from 'lucide-react';
import Link from 'next/link';
import { formatDateTime, formatLocalDateTime } from '@/lib/format/dates';
import { auditLogHref } from '@/lib/journal/format';
import type { JournalViewEntry } from '@/lib/journal/types';
import { DetailRow as Row } from './detail-row';
import { OutcomeBadge, RequestId, UPSTREAM_HINTS, UpstreamBadge } from './journal-badges';
import { TargetLabel } from './journal-table';

const seconds = (iso: string | null) => (iso ? Math.floor(new Date(iso).getTime() / 1000) : null);

const Ids = ({ ids }: { ids: Record<string, string> }) => (
  <ul className="space-y-0.5 font-mono text-xs">
    {Object.entries(ids).map(([field, id]) => (
      <li key={field}>
        <span className="text-muted-foreground">{field}</span> {id}
      </li>
    ))}
  </ul>
);

function Upstream({ entry }: { entry: JournalViewEntry }) {
  const { upstream } = entry;
  return (
    <div className="space-y-1">
      <UpstreamBadge entry={entry} />
      {upstream.kind === 'found' && (
        <>
          <ul className="font-mono text-xs">
            {upstream.eventIds.map((id) => (
              <li key={id}>{id}</li>
            ))}
          </ul>
          <Link href={auditLogHref(entry)} className="text-primary inline-flex items-center gap-1 text-xs hover:underline">
            Open in the audit log <ExternalLink className="size-3" aria-hidden />
          </Link>
        </>
      )}
      {upstream.kind === 'missing' && <p className="text-muted-foreground text-xs">{UPSTREAM_HINTS.missing} If it stays missing, the change may not have been applied.</p>}
      {upstream.kind === 'not_checked' && <p className="text-muted-foreground text-xs">{upstream.reason}</p>}
      {(upstream.kind === 'not_expected' || upstream.kind === 'not_applicable') && <p className="text-muted-foreground text-xs">{UPSTREAM_HINTS[upstream.kind]}</p>}
    </div>
  );
}

/** Everything the journal holds about one change, including what was asked (without secrets). */
export function JournalEntryDetails({ entry }: { entry: JournalViewEntry }) {
  return (
    <div className="space-y-5">
      <dl className="divide-border divide-y">
        <Row label="Sent">
          {formatDateTime(seconds(entry.created_at))}
          <div className="text-muted-foreground text-xs">{formatLocalDateTime(seconds(entry.created_at))} your time</div>
        </Row>
        <Row label="Answered">{entry.finished_at ? formatDateTime(seconds(entry.finished_at)) : 'no answer recorded'}</Row>
        <Row label="Console user">
          {entry.user_email} <span className="text-muted-foreground">· {entry.user_role}</span>
        </Row>
        <Row label="Operation">
          <code className="font-mono text-xs">{entry.operation}</code>
        </Row>
        <Row label="Request">
          <code className="font-mono text-xs break-all">
            {entry.method} {entry.path}
          </code>
        </Row>
        {entry.targets.length > 0 && (
          <Row label="About">
            <ul className="space-y-0.5">
              {entry.targets.map((target) => (
                <li key={target.id}>
                  <TargetLabel target={target} />
                </li>
              ))}
            </ul>
          </Row>
        )}
        {Object.keys(entry.target_ids).length > 0 && (
          <Row label="Target ids">
            <Ids ids={entry.target_ids} />
          </Row>
        )}
        {entry.result_ids && (
          <Row label="Created">
            <Ids ids={entry.result_ids} />
          </Row>
        )}
        <Row label="Outcome">
          <OutcomeBadge outcome={entry.outcome} />
          {entry.http_status !== null && <span className="text-muted-foreground pl-2 text-xs">HTTP {entry.http_status}</span>}
          {entry.error_message && <p className="text-danger pt-1">{entry.error_message}</p>}
        </Row>
        <Row label="Upstream request id">
          <RequestId id={entry.upstream_request_id} />
        </Row>
        <Row label="Upstream event">
          <Upstream entry={entry} />
        </Row>
      </dl>
      <section aria-label="Request summary" className="space-y-1.5">
        <h3 className="text-sm font-medium">What was asked</h3>
        <p className="text-muted-foreground text-xs">The request body as the journal keeps it: secrets are replaced and long values cut.</p>
        <pre className="bg-muted max-h-80 overflow-auto rounded-md p-3 font-mono text-xs">{JSON.stringify(entry.request_summary ?? {}, null, 2)}</pre>
      </section>
      <p className="text-muted-foreground flex gap-2 text-xs">
        <Lock className="mt-0.5 size-3.5 shrink-0" aria-hidden />
        Journal entries cannot be edited or deleted: the console writes each one before the change is sent, records its outcome once, and its database refuses any other change.
      </p>
    </div>
  );
}
