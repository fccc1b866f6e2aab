import type { SelectHTMLAttributes } from 'react';
import { cn } from '@/components/ui/cn';

/** The native select the console-user forms and rows use for a console role. */
export function RoleSelect({ className, ...rest }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={cn('border-input bg-card h-9 w-full rounded-md border px-2 text-sm disabled:opacity-50', className)} {...rest} />;
}
