'use client';

import { useProject } from '@/components/project/use-project';
import { HostedToolsCard } from './hosted-tools-card';
import { ModelAccessCard } from './model-access-card';

export interface PermissionsViewProps {
  projectId: string;
  canSetModels: boolean;
  canRemoveModels: boolean;
  canSetTools: boolean;
}

/** Which models the project may use, and which hosted tools its requests may call. */
export function PermissionsView({ projectId, canSetModels, canRemoveModels, canSetTools }: PermissionsViewProps) {
  const { project, archived } = useProject(projectId);
  const projectName = project?.name || 'this project';
  return (
    <div className="space-y-6">
      <ModelAccessCard
        projectId={projectId}
        projectName={projectName}
        canSet={canSetModels && !archived}
        canRemove={canRemoveModels && !archived}
      />
      <HostedToolsCard projectId={projectId} projectName={projectName} canSet={canSetTools && !archived} />
    </div>
  );
}
