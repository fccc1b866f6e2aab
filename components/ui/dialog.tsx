'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useModal } from './use-modal';
import { Button } from './button';
import { describeError } from '@/lib/queries/admin-fetch';
import { FormError } from './form-error';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  /** `wide` for forms with more to show side by side (a permission picker, say). */
  size?: 'default' | 'wide';
}

/**
 * A modal on the native <dialog> element: focus is trapped, Escape closes it, and the rest of
 * the page is inert while it is open.
 */
export function Dialog({ open, onClose, title, description, children, footer, size }: DialogProps) {
  const ref = useModal(open);
  // Unique per dialog: one may open over another (the password confirmation over a confirm step).
  const titleId = useId();

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={titleId}
      className={`border-border bg-card text-foreground m-auto rounded-lg border p-0 shadow-xl ${size === 'wide' ? 'w-[min(56rem,calc(100vw-2rem))]' : 'w-[min(32rem,calc(100vw-2rem))]'}`}
    >
      {open && (
        <div className="space-y-4 p-6">
          <div className="space-y-1.5">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            {description && <div className="text-muted-foreground text-sm">{description}</div>}
          </div>
          {children}
          {footer && <div className="flex justify-end gap-2 pt-2">{footer}</div>}
        </div>
      )}
    </dialog>
  );
}

/** What ConfirmDialog reads of a react-query mutation. */
export interface ConfirmMutation {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  reset: () => void;
}

export interface ConfirmDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  /** Names the thing and what happens to it. */
  consequence: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  /**
   * The mutation the confirm runs: its pending state and error (describeError) are shown, and
   * closing the dialog resets it, so it opens clean next time. `pending` / `error` win when given.
   */
  mutation?: ConfirmMutation;
  pending?: boolean;
  error?: string | null;
  /** `danger` (the default) for destructive actions; `primary` for a change that is not one. */
  tone?: 'danger' | 'primary';
  /** Shown between the consequence and the error (a summary of the change, say). */
  children?: ReactNode;
}

/** The confirm step every destructive action goes through. */
export function ConfirmDialog({
  open,
  onClose,
  title,
  consequence,
  confirmLabel,
  onConfirm,
  mutation,
  pending = mutation?.isPending,
  error = mutation?.isError ? describeError(mutation.error) : null,
  tone = 'danger',
  children,
}: ConfirmDialogProps) {
  const close = () => {
    onClose();
    mutation?.reset();
  };
  // react-query reports isPending a tick after mutate(): a double click would send the change twice.
  const clickedAt = useRef(0);
  // Once the change has settled (a refusal shown, say), the next click is a new attempt.
  useEffect(() => {
    if (!pending) clickedAt.current = 0;
  }, [pending]);
  const confirm = () => {
    if (pending || Date.now() - clickedAt.current < 1000) return;
    clickedAt.current = Date.now();
    onConfirm();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      title={title}
      description={consequence}
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={pending}>
            Cancel
          </Button>
          <Button variant={tone} onClick={confirm} pending={pending}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
      <FormError message={error} />
    </Dialog>
  );
}
