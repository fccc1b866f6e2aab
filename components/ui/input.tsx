import type { InputHTMLAttributes, ReactNode } from 'react';
import { cn } from './cn';

export function Input({ className, ...rest }: InputHTMLAttributes<HTMLInputElement>) {
  return (
    <input
      className={cn(
        'border-input bg-card placeholder:text-muted-foreground focus-visible:ring-ring aria-invalid:border-danger h-9 w-full rounded-md border px-3 text-sm focus-visible:ring-2 focus-visible:outline-none',
        className,
      )}
      {...rest}
    />
  );
}

/** A labelled field with its hint or error underneath; the error is tied to the input for screen readers. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string | null;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-danger text-sm">
          {error}
        </p>
      ) : hint ? (
        <p className="text-muted-foreground text-xs">{hint}</p>
      ) : null}
    </div>
  );
}
