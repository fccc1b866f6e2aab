import type { Metadata } from 'next';
import { BudgetsSection } from '@/components/costs/budgets-section';
import { CostsView } from '@/components/costs/costs-view';
import { requirePageSession } from '@/lib/server/auth/session';
import { budgetsCan } from '@/lib/server/budgets/can';

export const metadata: Metadata = { title: 'Costs' };

// Every role may read costs; the budgets section (helper E's) offers changes by role (budgetsCan).
export default async function CostsPage() {
  const { user } = await requirePageSession();
  return <CostsView budgets={<BudgetsSection can={budgetsCan(user.role)} />} />;
}
