'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { describeError } from '@/lib/queries/admin-fetch';
import {
  keyUsageOptions,
  projectApiKeysOptions,
  rateLimitsOptions,
  useUpdateModelPolicy,
  type ModelPolicy,
} from '@/lib/queries/project-limits';
import { BlockedKeysPreview } from './blocked-keys-preview';
import { ModePicker } from './mode-picker';
import { ModelPicker } from './model-picker';
import { blockedKeys, lastSevenDays, MODE_LABELS, modelChoices, policyDiff, type PolicyMode } from './model-policy';
import { FormError } from '@/components/ui/form-error';

export interface ModelAccessEditorProps {
  projectId: string;
  projectName: string;
  current: ModelPolicy;
  onDone: () => void;
}

/** Mode and models, with the keys the draft would cut off (last 7 days) shown before saving. */
export function ModelAccessEditor({ projectId, projectName, current, onDone }: ModelAccessEditorProps) {
  const [mode, setMode] = useState<PolicyMode>(current.mode);
  const [picked, setPicked] = useState<string[]>(current.model_ids);
  const [confirming, setConfirming] = useState(false);
  const save = useUpdateModelPolicy(projectId);

  const [usageWindow] = useState(() => lastSevenDays());
  const limits = useQuery(rateLimitsOptions(projectId));
  const usage = useQuery(keyUsageOptions(projectId, usageWindow));
  const keys = useQuery(projectApiKeysOptions(projectId));
  const usedModels = useMemo(() => (usage.data ?? []).flatMap((row) => (row.model ? [row.model] : [])), [usage.data]);
  const choices = modelChoices((limits.data ?? []).map((l) => l.model), usedModels, current.model_ids, picked);

  const draft = { mode, model_ids: picked };
  const diff = policyDiff(current, draft);
  const affected = usage.data && keys.data ? blockedKeys(usage.data, draft, keys.data) : null;
  const risky = mode === 'allow_list' && picked.length === 0;

  const submit = () => save.mutate(draft, { onSuccess: onDone });
  const onSave = () => ((affected?.length ?? 0) > 0 || risky ? setConfirming(true) : submit());

  return (
    <div className="space-y-5">
      <ModePicker value={mode} onChange={setMode} />
      <ModelPicker mode={mode} choices={choices} picked={picked} onChange={setPicked} loading={limits.isPending} />
      <BlockedKeysPreview
        affected={affected}
        pending={usage.isPending || keys.isPending}
        error={usage.error ?? keys.error}
        onRetry={() => { void usage.refetch(); void keys.refetch(); }}
      />
      {risky && (
        <p role="note" className="bg-warning-bg text-warning-fg rounded-md px-3 py-2 text-sm">
          An empty allow list allows no model at all: every request from this project would be refused.
        </p>
      )}
      <FormError message={save.isError && !confirming ? describeError(save.error) : null} />
      <div className="border-border flex flex-wrap items-center justify-between gap-3 border-t pt-4">
        <p className="text-muted-foreground text-sm" aria-live="polite">
          {diff.unchanged
            ? 'No change yet.'
            : [
                diff.modeChanged && `${MODE_LABELS[current.mode]} → ${MODE_LABELS[mode].toLowerCase()}`,
                diff.added.length > 0 && `adds ${diff.added.join(', ')}`,
                diff.removed.length > 0 && `removes ${diff.removed.join(', ')}`,
              ].filter(Boolean).join('; ')}
        </p>
        <div className="flex gap-2">
          <Button variant="secondary" onClick={onDone} disabled={save.isPending}>Cancel</Button>
          <Button onClick={onSave} disabled={diff.unchanged} pending={save.isPending && !confirming}>Save model access</Button>
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={`Save this ${MODE_LABELS[mode].toLowerCase()} for ${projectName}?`}
        consequence={
          risky
            ? 'No model will be allowed: every request from this project’s keys will be refused.'
            : `${affected?.length ?? 0} of this project’s keys used a model it blocks in the last 7 days. Their requests to those models will be refused from now on.`
        }
        confirmLabel="Save and block"
        mutation={save}
        onConfirm={() => save.mutate(draft, { onSuccess: () => { setConfirming(false); onDone(); } })}
      />
    </div>
  );
}
