import type { ButtonHTMLAttributes } from 'react';
import { cn } from './cn';

const variants = {
  primary: 'bg-primary text-primary-foreground hover:opacity-90',
  secondary: 'border border-input bg-card hover:bg-muted',
  danger: 'bg-danger text-danger-foreground hover:opacity-90',
  ghost: 'hover:bg-muted',
} as const;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: keyof typeof variants;
  size?: 'sm' | 'md';
  pending?: boolean;
}

export function Button({
  variant = 'primary',
  size = 'md',
  pending,
  disabled,
  className,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type="button"
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={cn(
        'focus-visible:ring-ring inline-flex items-center justify-center gap-2 rounded-md font-medium whitespace-nowrap transition focus-visible:ring-2 focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-50',
        size === 'sm' ? 'h-8 px-3 text-sm' : 'h-9 px-4 text-sm',
        variants[variant],
        className,
      )}
      {...rest}
    >
      {pending && (
        <span
          className="size-3.5 animate-spin rounded-full border-2 border-current border-r-transparent"
          aria-hidden
        />
      )}
      {children}
    </button>
  );
}
