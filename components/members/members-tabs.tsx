'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

const TABS = [
  { href: '/members', label: 'Members' },
  { href: '/members/invites', label: 'Invites' },
] as const;

/** The strip between /members and /members/invites; the current one carries aria-current. */
export function MembersTabs({ active }: { active?: 'members' | 'invites' }) {
  const pathname = usePathname();
  const current = active
    ? `/members${active === 'invites' ? '/invites' : ''}`
    : pathname.startsWith('/members/invites')
      ? '/members/invites'
      : '/members';
  return (
    <nav aria-label="Members sections" className="border-border mb-6 flex gap-1 border-b">
      {TABS.map((tab) => {
        const isActive = tab.href === current;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={isActive ? 'page' : undefined}
            className={cn(
              '-mb-px border-b-2 px-3 py-2 text-sm transition',
              isActive
                ? 'border-primary text-foreground font-medium'
                : 'text-muted-foreground hover:text-foreground border-transparent',
            )}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
