'use client';

import { cn } from '@/components/ui/cn';
import { Badge } from '@/components/ui/states';
import { RETENTION_CHOICES, type RetentionChoice } from './retention-choices';

export interface RetentionOptionsProps {
  current: string;
  /** The organization's setting, to say what "organization default" means today. */
  organizationLabel: string | null;
  /** With `onSelect`, the choices are radios; without, a read-only list. */
  selected?: string;
  onSelect?: (type: string) => void;
}

const frame = 'border-border divide-border divide-y rounded-lg border';

/** Every choice the API allows, with what it means; the current one marked. */
export function RetentionOptions({ current, organizationLabel, selected, onSelect }: RetentionOptionsProps) {
  const text = (choice: RetentionChoice) => (
    <Text choice={choice} current={choice.type === current} organizationLabel={organizationLabel} />
  );
  if (!onSelect)
    return (
      <ul aria-label="Data retention choices" className={frame}>
        {RETENTION_CHOICES.map((choice) => (
          <li key={choice.type} className="px-4 py-3">
            {text(choice)}
          </li>
        ))}
      </ul>
    );
  return (
    <div role="radiogroup" aria-label="Data retention choices" className={frame}>
      {RETENTION_CHOICES.map((choice) => {
        const id = `retention-${choice.type}`;
        return (
          <label key={choice.type} htmlFor={id} className={cn('flex cursor-pointer gap-3 px-4 py-3', selected === choice.type && 'bg-muted/60')}>
            <input
              id={id}
              type="radio"
              name="retention_type"
              value={choice.type}
              checked={selected === choice.type}
              onChange={() => onSelect(choice.type)}
              aria-labelledby={`${id}-label`}
              aria-describedby={`${id}-meaning`}
              className="accent-primary mt-1"
            />
            <span>{text(choice)}</span>
          </label>
        );
      })}
    </div>
  );
}

function Text({ choice, current, organizationLabel }: { choice: RetentionChoice; current: boolean; organizationLabel: string | null }) {
  const id = `retention-${choice.type}`;
  return (
    <>
      <span className="flex flex-wrap items-center gap-2">
        <span id={`${id}-label`} className="font-medium">
          {choice.label}
        </span>
        {current && <Badge tone="success">Current</Badge>}
      </span>
      <span id={`${id}-meaning`} className="text-muted-foreground block text-sm">
        {choice.meaning}
        {choice.type === 'organization_default' && organizationLabel && ` The organization's setting is now “${organizationLabel}”.`}
      </span>
    </>
  );
}
