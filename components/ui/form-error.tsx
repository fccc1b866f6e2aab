import { Button } from './button';

/** A form's failure, read out when it appears; nothing when there is none. */
export function FormError({
  message,
  className,
}: {
  message: string | null | undefined;
  className?: string;
}) {
  if (!message) return null;
  return (
    <p
      role="alert"
      className={`bg-danger/10 text-danger rounded-md px-3 py-2 text-sm break-words ${className ?? ''}`}
    >
      {message}
    </p>
  );
}

/**
 * A form's last lines: its failure (if any), then Cancel and the submit button. Cancel is off
 * while the change is on its way; the submit button shows it is busy.
 */
export function FormFooter({
  error,
  pending,
  onCancel,
  submitLabel,
  tone = 'primary',
}: {
  error?: string | null;
  pending: boolean;
  onCancel: () => void;
  submitLabel: string;
  tone?: 'primary' | 'danger';
}) {
  return (
    <>
      <FormError message={error} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant={tone} pending={pending}>
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
