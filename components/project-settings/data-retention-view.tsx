'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { organizationRetentionOptions, projectRetentionOptions, useUpdateProjectRetention, type RetentionType } from '@/lib/queries/project-settings';
import { useProject } from '@/components/project/use-project';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/dialog';
import { QueryErrorState, TableSkeleton } from '@/components/ui/states';
import { describeRetentionChange, retentionChoice } from './retention-choices';
import { RetentionOptions } from './retention-options';

const label = (type: string) => retentionChoice(type).label;

/** `canEdit`: whether the signed-in role may change it (from the registry, on the server). */
export function DataRetentionView({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const { project, archived } = useProject(projectId);
  const setting = useQuery(projectRetentionOptions(projectId));
  const organization = useQuery(organizationRetentionOptions());
  const [choice, setChoice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateProjectRetention(projectId, label);
  const editable = canEdit && !!project && !archived;

  if (setting.isPending) return <TableSkeleton rows={6} label="Loading data retention" />;
  if (setting.isError)
    return (
      <QueryErrorState title="The data retention setting could not be loaded" query={setting} />
    );

  const current = setting.data.type;
  const selected = choice ?? current;
  const organizationLabel = organization.data ? label(organization.data.type) : null;
  const close = () => setConfirming(false);

  return (
    <Card
      title="Data retention"
      description="Whether OpenAI keeps this project's prompts and responses in its abuse monitoring logs. Controls other than the first two need OpenAI's approval for the organization."
    >
      <div className="space-y-4">
        <p className="text-sm">
          Current setting: <strong>{label(current)}</strong>
          {current === 'organization_default' && organizationLabel && <span className="text-muted-foreground"> (the organization’s: {organizationLabel})</span>}
        </p>
        <RetentionOptions current={current} organizationLabel={organizationLabel} selected={selected} onSelect={editable ? setChoice : undefined} />
        {editable ? (
          <div className="flex items-center justify-end gap-2">
            {selected !== current && (
              <Button variant="ghost" onClick={() => setChoice(null)}>
                Keep “{label(current)}”
              </Button>
            )}
            <Button disabled={selected === current} onClick={() => setConfirming(true)}>
              Change data retention
            </Button>
          </div>
        ) : (
          <p className="text-muted-foreground text-sm">
            {archived ? 'This project is archived, so its data retention can no longer be changed.' : !canEdit ? 'Changing data retention needs the admin console role.' : null}
          </p>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        onClose={close}
        title={`Change data retention for ${project?.name ?? 'this project'}?`}
        consequence={describeRetentionChange(project?.name ?? 'This project', current, selected)}
        confirmLabel={`Switch to “${label(selected)}”`}
        mutation={update}
        onConfirm={() =>
          update.mutate(selected as RetentionType, {
            onSuccess: () => {
              setConfirming(false);
              setChoice(null);
            },
          })
        }
      />
    </Card>
  );
}
