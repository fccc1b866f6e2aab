'use client';

import { cn } from '@/components/ui/cn';
import type { PolicyMode } from './model-policy';

const OPTIONS: { mode: PolicyMode; label: string; hint: string }[] = [
  { mode: 'allow_list', label: 'Allow list', hint: 'Only the models picked below can be used.' },
  { mode: 'deny_list', label: 'Deny list', hint: 'Every model except the ones picked below can be used.' },
];

/** Allow list or deny list, as two labelled radio cards. */
export function ModePicker({ value, onChange }: { value: PolicyMode; onChange: (mode: PolicyMode) => void }) {
  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 text-sm font-medium">Policy</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {OPTIONS.map((option) => (
          <label
            key={option.mode}
            className={cn(
              'border-border flex cursor-pointer gap-3 rounded-md border p-3 text-sm',
              value === option.mode && 'border-primary bg-muted/50',
            )}
          >
            <input
              type="radio"
              name="model-policy-mode"
              value={option.mode}
              checked={value === option.mode}
              onChange={() => onChange(option.mode)}
              className="mt-0.5"
            />
            <span>
              <span className="block font-medium">{option.label}</span>
              <span className="text-muted-foreground">{option.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
