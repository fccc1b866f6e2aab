import 'server-only';
import type { ConsoleRole } from '@/lib/admin/operation';
import type { BudgetsCan } from '@/lib/budgets/types';
import { mayCall } from '../auth/session';

/** What a console role may do in the budgets section of /costs (the proxy refuses the rest anyway). */
export function budgetsCan(role: ConsoleRole): BudgetsCan {
  return {
    createAlert: mayCall(role, 'spendAlerts.create'),
    updateAlert: mayCall(role, 'spendAlerts.update'),
    deleteAlert: mayCall(role, 'spendAlerts.delete'),
    setLimit: mayCall(role, 'spendLimit.update'),
    removeLimit: mayCall(role, 'spendLimit.delete'),
  };
}
