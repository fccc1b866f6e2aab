'use client';

import dynamic from 'next/dynamic';
import { ArrowLeft } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { formatDate, formatDateTime, formatRelative } from '@/lib/format/dates';
import { useRenameGroup, type Group } from '@/lib/queries/groups';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/states';
import { DeleteGroupDialog } from './delete-group-dialog';
import type { GroupPermissions } from './group-view';
import { SCIM_HINT, ScimLocked } from './scim-hint';

// Loaded after the page (its form and zod are not needed to show the page): bench-weight.
const GroupNameDialog = dynamic(() => import('./group-name-dialog').then((m) => m.GroupNameDialog));

/** The group's name, badges and dates, with rename and delete where allowed. */
export function GroupHeader({ group, can }: { group: Group; can: GroupPermissions }) {
  const router = useRouter();
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const rename = useRenameGroup();
  const scim = group.is_scim_managed;

  return (
    <header className="space-y-4">
      <Link
        href="/groups"
        className="text-muted-foreground hover:text-foreground inline-flex items-center gap-1 text-sm"
      >
        <ArrowLeft className="size-4" aria-hidden />
        Groups
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight">{group.name}</h1>
            {scim && <Badge tone="warning">SCIM</Badge>}
          </div>
          <p className="text-muted-foreground text-sm">
            <span title={formatDateTime(group.created_at)}>
              Created {formatDate(group.created_at)} ({formatRelative(group.created_at)})
            </span>
            <span className="mx-2" aria-hidden>
              ·
            </span>
            <span className="font-mono text-xs">{group.id}</span>
          </p>
        </div>
        {(can.rename || can.delete) && (
          <div className="flex gap-2">
            {can.rename && (
              <ScimLocked locked={scim}>
                <Button variant="secondary" disabled={scim} onClick={() => setRenaming(true)}>
                  Rename
                </Button>
              </ScimLocked>
            )}
            {can.delete && (
              <ScimLocked locked={scim}>
                <Button variant="danger" disabled={scim} onClick={() => setDeleting(true)}>
                  Delete group
                </Button>
              </ScimLocked>
            )}
          </div>
        )}
      </div>
      {scim && (
        <p className="border-border bg-muted/50 rounded-md border px-4 py-3 text-sm">
          {SCIM_HINT} You can still assign it organization roles here.
        </p>
      )}

      <GroupNameDialog
        open={renaming}
        onClose={() => setRenaming(false)}
        title={`Rename ${group.name}`}
        submitLabel="Save name"
        initialName={group.name}
        onSubmit={(name) => rename.mutateAsync({ id: group.id, name })}
      />
      <DeleteGroupDialog
        group={deleting ? group : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => router.replace('/groups')}
      />
    </header>
  );
}
