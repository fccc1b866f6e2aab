'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Badge, QueryErrorState, Skeleton } from '@/components/ui/states';
import { useUrlState } from '@/components/ui/use-url-state';

import { modelPolicyOptions, useRemoveModelPolicy } from '@/lib/queries/project-limits';
import { ModelAccessEditor } from './model-access-editor';
import { describePolicy, MODE_LABELS } from './model-policy';

export interface ModelAccessCardProps {
  projectId: string;
  projectName: string;
  canSet: boolean;
  canRemove: boolean;
}

/** The project's model policy; `edit=models` in the URL opens its editor. */
export function ModelAccessCard({ projectId, projectName, canSet, canRemove }: ModelAccessCardProps) {
  const [url, setUrl] = useUrlState(['edit'] as const);
  const policy = useQuery(modelPolicyOptions(projectId));
  const [removing, setRemoving] = useState(false);
  const remove = useRemoveModelPolicy(projectId);
  const editing = canSet && url.edit === 'models' && policy.isSuccess;
  const hasPolicy = policy.isSuccess && (policy.data.mode === 'allow_list' || policy.data.model_ids.length > 0);

  return (
    <Card
      title="Model access"
      description="An allow list lets the project use only the models listed; a deny list lets it use every model except those."
      actions={
        !editing && policy.isSuccess && (
          <div className="flex gap-2">
            {canRemove && hasPolicy && (
              <Button variant="secondary" size="sm" onClick={() => setRemoving(true)}>Remove policy</Button>
            )}
            {canSet && <Button size="sm" onClick={() => setUrl({ edit: 'models' })}>Change model access</Button>}
          </div>
        )
      }
    >
      {policy.isPending ? (
        <Skeleton className="h-16 w-full" />
      ) : policy.isError ? (
        <QueryErrorState title="The model access policy could not be loaded" query={policy} />
      ) : editing ? (
        <ModelAccessEditor projectId={projectId} projectName={projectName} current={policy.data} onDone={() => setUrl({ edit: '' })} />
      ) : (
        <div className="space-y-3" aria-label="Current model access" role="group">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={policy.data.mode === 'allow_list' ? 'warning' : 'neutral'}>{MODE_LABELS[policy.data.mode]}</Badge>
            <span>{describePolicy(policy.data)}</span>
          </div>
          {policy.data.model_ids.length > 0 && (
            <ul aria-label={`${MODE_LABELS[policy.data.mode]} models`} className="flex flex-wrap gap-1.5">
              {policy.data.model_ids.map((model) => (
                <li key={model} className="border-border rounded-md border px-2 py-0.5 font-mono text-xs">{model}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <ConfirmDialog
        open={removing}
        onClose={() => setRemoving(false)}
        title={`Remove the model policy of ${projectName}?`}
        consequence={`Every model becomes usable by ${projectName}’s keys again, including models the current ${policy.data ? MODE_LABELS[policy.data.mode].toLowerCase() : 'policy'} keeps out.`}
        confirmLabel="Remove policy"
        mutation={remove}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => setRemoving(false) })}
      />
    </Card>
  );
}
