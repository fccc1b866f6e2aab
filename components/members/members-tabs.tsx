'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

const TABS = [
  { href: '/members', label: 'Members' },
  { href: '/members/invites', label: 'Invites' },
] as const;

/** The tab strip between the organization's members and its invites. */
export function MembersTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Members sections" className="border-border mb-6 flex gap-1 border-b">
      {TABS.map(({ href, label }) => {
        const active = pathname === href;
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? 'page' : undefined}
            className={cn(
              '-mb-px border-b-2 px-3 py-2 text-sm transition',
              active
                ? 'border-primary text-foreground font-medium'
                : 'text-muted-foreground hover:text-foreground border-transparent',
            )}
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
