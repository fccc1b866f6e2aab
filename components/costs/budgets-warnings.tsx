import { TriangleAlert } from 'lucide-react';

/** Things the API accepts but that would not do what one expects; shown before saving, never blocking. */
export function BudgetWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul role="status" aria-label="Before you save" className="bg-warning-bg text-warning-fg space-y-1 rounded-md px-3 py-2 text-sm">
      {warnings.map((warning) => (
        <li key={warning} className="flex gap-2">
          <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
          <span>{warning}</span>
        </li>
      ))}
    </ul>
  );
}
