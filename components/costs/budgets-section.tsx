'use client';

import type { BudgetsCan } from '@/lib/budgets/types';
import { ORGANIZATION_SCOPE } from '@/lib/queries/budgets';
import { BudgetsAlertsSection } from './budgets-alerts-section';
import { BudgetsLimitCard } from './budgets-limit-card';
import { BudgetsProjects } from './budgets-projects';

export type { BudgetsCan };

/**
 * Budgets on /costs: the organization's hard spend limit and spend alerts, then every project's in
 * one table. `can` comes from `budgetsCan(role)` in the server page (lib/server/budgets/can.ts).
 */
export function BudgetsSection({ can }: { can: BudgetsCan }) {
  return (
    <section aria-labelledby="budgets-heading" className="space-y-6">
      <div className="space-y-1">
        <h2 id="budgets-heading" className="text-lg font-semibold">
          Budgets
        </h2>
        <p className="text-muted-foreground text-sm">
          Spend limits stop requests once a month’s spend reaches them; spend alerts email people when it crosses a threshold. Amounts are in US dollars per calendar month.
        </p>
      </div>
      <BudgetsLimitCard scope={ORGANIZATION_SCOPE} title="Organization spend limit" ownerName="the organization" canSet={can.setLimit} canRemove={can.removeLimit} editorKey="budget-limit" />
      <BudgetsAlertsSection
        scope={ORGANIZATION_SCOPE}
        title="Organization spend alerts"
        heading="h3"
        ownerName="the organization"
        can={{ create: can.createAlert, update: can.updateAlert, delete: can.deleteAlert }}
        editorKey="budget-alert"
        csvName="organization-spend-alerts"
      />
      <BudgetsProjects />
    </section>
  );
}
