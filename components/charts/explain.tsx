'use client';

import { Info } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

/**
 * A figure whose method is explained on hover (anywhere on it) or keyboard focus (the info
 * button): the explanation is a tooltip tied to the button for screen readers.
 */
export function Explained({ label, explanation, children, className }: { label: string; explanation: ReactNode; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <div className={cn('group relative', className)}>
      {children}
      <button
        type="button"
        aria-label={label}
        aria-describedby={id}
        className="text-muted-foreground hover:text-foreground focus-visible:ring-ring absolute top-0 right-0 rounded-full p-0.5 focus-visible:ring-2 focus-visible:outline-none"
      >
        <Info className="size-4" aria-hidden />
      </button>
      <div
        role="tooltip"
        id={id}
        className="border-border bg-card text-foreground invisible absolute top-full right-0 z-30 mt-2 w-[min(26rem,90vw)] rounded-md border px-3 py-2 text-xs leading-relaxed opacity-0 shadow-lg group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100"
      >
        {explanation}
      </div>
    </div>
  );
}
