'use client';

import { X } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { cn } from './cn';
import { useModal } from './use-modal';
import { Button } from './button';

export interface SidePanelProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  subtitle?: ReactNode;
  /** The close button's accessible name ("Close details"). */
  closeLabel?: string;
  /** `wide` for long content (a journal entry's request): 40rem instead of 36rem. */
  width?: 'normal' | 'wide';
  children: ReactNode;
}

/**
 * A panel over the right side of the page, on the native <dialog> element (focus trapped, Escape
 * closes it, the page behind is inert). Its content renders only while it is open.
 */
export function SidePanel({ open, onClose, title, subtitle, closeLabel = 'Close details', width = 'normal', children }: SidePanelProps) {
  const ref = useModal(open);
  const titleId = useId();

  return (
    <dialog
      ref={ref}
      // React passes a nested dialog's close event up the tree: only this dialog's own counts.
      onClose={(event) => event.target === event.currentTarget && onClose()}
      aria-labelledby={titleId}
      className={cn(
        'border-border bg-card text-foreground fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none max-w-none overflow-y-auto border-l p-0 shadow-2xl',
        width === 'wide' ? 'w-[min(40rem,100vw)]' : 'w-[min(36rem,100vw)]',
      )}
    >
      {open && (
        <div className="space-y-6 p-6">
          <header className="flex items-start justify-between gap-4">
            <div className="min-w-0 space-y-0.5">
              <h2 id={titleId} className="truncate text-lg font-semibold">
                {title}
              </h2>
              {subtitle && <div className="text-muted-foreground text-sm">{subtitle}</div>}
            </div>
            <Button variant="ghost" size="sm" onClick={onClose} aria-label={closeLabel}>
              <X className="size-4" aria-hidden />
            </Button>
          </header>
          {children}
        </div>
      )}
    </dialog>
  );
}
