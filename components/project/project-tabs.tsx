'use client';

import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';
import { IntentLink } from '@/components/ui/intent-link';

/** The project page's tabs, each its own URL segment (PRODUCT.md). */
export const PROJECT_TABS = [
  { segment: '', label: 'Overview' },
  { segment: 'members', label: 'Members' },
  { segment: 'groups', label: 'Groups' },
  { segment: 'service-accounts', label: 'Service accounts' },
  { segment: 'api-keys', label: 'API keys' },
  { segment: 'rate-limits', label: 'Rate limits' },
  { segment: 'roles', label: 'Roles' },
  { segment: 'certificates', label: 'Certificates' },
  { segment: 'permissions', label: 'Permissions' },
  { segment: 'data-retention', label: 'Data retention' },
  { segment: 'spend-alerts', label: 'Spend alerts' },
  { segment: 'settings', label: 'Settings' },
] as const;

export function ProjectTabs({ projectId }: { projectId: string }) {
  const pathname = usePathname();
  const base = `/projects/${encodeURIComponent(projectId)}`;
  return (
    <nav aria-label="Project" className="mb-6 border-b border-border">
      {/* Twelve tabs: they wrap onto a second line rather than hide behind a scroll. */}
      <ul className="flex flex-wrap">
        {PROJECT_TABS.map(({ segment, label }) => {
          const href = segment ? `${base}/${segment}` : base;
          const active = segment ? pathname.startsWith(href) : pathname === base;
          return (
            <li key={label}>
              <IntentLink
                href={href}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  '-mb-px inline-block border-b-2 px-2 py-2 text-sm whitespace-nowrap transition',
                  active
                    ? 'border-primary font-medium text-foreground'
                    : 'border-transparent text-muted-foreground hover:text-foreground',
                )}
              >
                {label}
              </IntentLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
