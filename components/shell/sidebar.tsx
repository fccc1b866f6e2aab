'use client';

import { ChartColumnStacked, CircleDollarSign, FileBadge, FolderKanban, KeyRound, LayoutDashboard, LogOut, ScrollText, Settings, ShieldCheck, Users, UsersRound } from 'lucide-react';
import { usePathname } from 'next/navigation';
import type { ConsoleRole } from '@/lib/admin/operation';
import { cn } from '@/components/ui/cn';
import { IntentLink } from '@/components/ui/intent-link';
import { ThemeToggle } from './theme-toggle';

// Only areas that work are linked; the rest arrive with their pages.
const NAV = [
  { href: '/', label: 'Overview', icon: LayoutDashboard },
  { href: '/usage', label: 'Usage', icon: ChartColumnStacked },
  { href: '/costs', label: 'Costs', icon: CircleDollarSign },
  { href: '/projects', label: 'Projects', icon: FolderKanban },
  { href: '/members', label: 'Members', icon: Users },
  { href: '/groups', label: 'Groups', icon: UsersRound },
  { href: '/roles', label: 'Roles', icon: ShieldCheck },
  { href: '/admin-keys', label: 'Admin keys', icon: KeyRound },
  { href: '/certificates', label: 'Certificates', icon: FileBadge },
  { href: '/audit-logs', label: 'Audit log', icon: ScrollText },
  { href: '/settings', label: 'Settings', icon: Settings },
];

export interface SidebarProps {
  organizationName: string;
  sandbox: boolean;
  user: { name: string; email: string; role: ConsoleRole };
  signOut: () => Promise<void>;
}

export function Sidebar({ organizationName, sandbox, user, signOut }: SidebarProps) {
  const pathname = usePathname();
  return (
    <aside className="flex w-60 shrink-0 flex-col border-r border-border bg-sidebar">
      <div className="border-b border-border px-4 py-4">
        <p className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{sandbox ? 'Sandbox organization' : 'Organization'}</p>
        <p className="truncate font-semibold" title={organizationName}>
          {organizationName}
        </p>
      </div>
      <nav aria-label="Console" className="flex-1 space-y-0.5 p-2">
        {NAV.map(({ href, label, icon: Icon }) => {
          const active = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <IntentLink
              key={href}
              href={href}
              aria-current={active ? 'page' : undefined}
              className={cn(
                'flex items-center gap-2.5 rounded-md px-3 py-2 text-sm transition',
                active ? 'bg-muted font-medium text-foreground' : 'text-muted-foreground hover:bg-muted/60 hover:text-foreground',
              )}
            >
              <Icon className="size-4" aria-hidden />
              {label}
            </IntentLink>
          );
        })}
      </nav>
      <div className="space-y-2 border-t border-border p-3">
        <div className="px-1">
          <p className="truncate text-sm font-medium" title={user.email}>
            {user.name}
          </p>
          <p className="truncate text-xs text-muted-foreground">{user.email}</p>
          <p className="text-xs text-muted-foreground capitalize">{user.role}</p>
        </div>
        <div className="flex items-center justify-between">
          <ThemeToggle />
          <form action={signOut}>
            <button type="submit" className="inline-flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm text-muted-foreground hover:bg-muted hover:text-foreground">
              <LogOut className="size-4" aria-hidden />
              Sign out
            </button>
          </form>
        </div>
      </div>
    </aside>
  );
}
