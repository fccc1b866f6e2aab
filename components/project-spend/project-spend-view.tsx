'use client';

import type { BudgetsCan } from '@/lib/budgets/types';
import { BudgetsAlertsSection } from '@/components/costs/budgets-alerts-section';
import { BudgetsLimitCard } from '@/components/costs/budgets-limit-card';
import { useProject } from '@/components/project/use-project';

export type ProjectSpendCan = BudgetsCan;

/**
 * The project's spend alerts (emails at monthly thresholds) and its hard spend limit: the same
 * budgets pieces as the organization's on /costs, for one project.
 */
export function ProjectSpendView({ projectId, can }: { projectId: string; can: ProjectSpendCan }) {
  const { project, archived } = useProject(projectId);
  // An archived project's settings cannot change: the API refuses, so no control is offered.
  const scope = { level: 'project', projectId } as const;
  const ownerName = project?.name ?? 'this project';
  return (
    <div className="space-y-6">
      <BudgetsLimitCard
        scope={scope}
        title="Spend limit"
        ownerName={ownerName}
        canSet={can.setLimit && !archived}
        canRemove={can.removeLimit && !archived}
        editorKey="limit"
      />
      <BudgetsAlertsSection
        scope={scope}
        title="Spend alerts"
        heading="h2"
        ownerName={ownerName}
        can={{ create: can.createAlert && !archived, update: can.updateAlert && !archived, delete: can.deleteAlert && !archived }}
        editorKey="alert"
        csvName="project-spend-alerts"
      />
    </div>
  );
}
