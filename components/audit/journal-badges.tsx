'use client';

import { Copy } from 'lucide-react';
import Link from 'next/link';
import { toast } from 'sonner';
import { auditLogHref } from '@/lib/journal/format';
import { UPSTREAM_STATUS_LABELS } from '@/lib/journal/status';
import type { JournalViewEntry } from '@/lib/journal/types';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';

const OUTCOMES = {
  succeeded: { tone: 'success', label: 'succeeded' },
  failed: { tone: 'danger', label: 'failed' },
  unknown: { tone: 'warning', label: 'outcome unknown' },
  pending: { tone: 'neutral', label: 'pending' },
} as const;

/** What the change's answer was: succeeded, failed, outcome unknown (sent, no answer), pending. */
export function OutcomeBadge({ outcome }: { outcome: JournalViewEntry['outcome'] }) {
  const { tone, label } = OUTCOMES[outcome] ?? OUTCOMES.pending;
  return <Badge tone={tone}>{label}</Badge>;
}

const UPSTREAM_TONES = { found: 'success', missing: 'warning', not_expected: 'neutral', not_applicable: 'neutral', not_checked: 'neutral' } as const;

export const UPSTREAM_HINTS: Record<JournalViewEntry['upstream']['kind'], string> = {
  found: 'The organization’s audit log shows this change. Open it there.',
  missing: 'The organization’s audit log shows no event for this change yet.',
  not_expected: 'A change to the console itself: OpenAI’s audit log does not record it.',
  not_applicable: 'The change failed, so nothing changed upstream.',
  not_checked: 'The audit log was not searched for this change.',
};

/** Whether the organization's audit log shows the change; links to it when it does. */
export function UpstreamBadge({ entry }: { entry: JournalViewEntry }) {
  const { upstream } = entry;
  const label = UPSTREAM_STATUS_LABELS[upstream.kind];
  const title = upstream.kind === 'not_checked' ? upstream.reason : UPSTREAM_HINTS[upstream.kind];
  const badge = <Badge tone={UPSTREAM_TONES[upstream.kind]}>{label}</Badge>;
  if (upstream.kind !== 'found')
    return (
      <span title={title} className="cursor-default">
        {badge}
      </span>
    );
  return (
    <Link href={auditLogHref(entry)} title={title} className="rounded-full hover:underline focus-visible:ring-2 focus-visible:outline-none">
      {badge}
    </Link>
  );
}

/** An upstream request id, short, with a copy button (quoted to OpenAI support). */
export function RequestId({ id }: { id: string | null }) {
  if (!id) return <span className="text-muted-foreground">—</span>;
  const copy = () =>
    navigator.clipboard.writeText(id).then(
      () => toast.success('Request id copied to the clipboard.'),
      () => toast.error('Copying was blocked by the browser; select the id and copy it instead.'),
    );
  return (
    <span className="inline-flex max-w-full items-center gap-1">
      <code className="truncate font-mono text-xs" title={id}>
        {id}
      </code>
      <Button variant="ghost" size="sm" className="h-6 px-1.5" aria-label={`Copy request id ${id}`} onClick={() => void copy()}>
        <Copy className="size-3.5" aria-hidden />
      </Button>
    </span>
  );
}
