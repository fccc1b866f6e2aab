import type { Metadata } from 'next';
import { BudgetsSection } from '@/components/costs/budgets-section';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageSession } from '@/lib/server/auth/session';
import { budgetsCan } from '@/lib/server/budgets/can';

export const metadata: Metadata = { title: 'Costs' };

// Placeholder until the costs page (helper D, who owns this file) lands: it renders the same section.
export default async function CostsPage() {
  const { user } = await requirePageSession();
  return (
    <>
      <PageHeader title="Costs" />
      <BudgetsSection can={budgetsCan(user.role)} />
    </>
  );
}
