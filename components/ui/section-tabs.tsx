import { IntentLink } from './intent-link';
import { cn } from './cn';

export interface SectionTab {
  href: string;
  label: string;
}

/** A strip of links between the pages of one section; the current one carries aria-current. */
export function SectionTabs({ label, tabs, current }: { label: string; tabs: readonly SectionTab[]; current: string }) {
  return (
    <nav aria-label={label} className="border-border mb-6 flex gap-1 border-b">
      {tabs.map((tab) => {
        const isActive = tab.href === current;
        return (
          <IntentLink
            key={tab.href}
            href={tab.href}
            aria-current={isActive ? 'page' : undefined}
            className={cn(
              '-mb-px border-b-2 px-3 py-2 text-sm transition',
              isActive ? 'border-primary text-foreground font-medium' : 'text-muted-foreground hover:text-foreground border-transparent',
            )}
          >
            {tab.label}
          </IntentLink>
        );
      })}
    </nav>
  );
}
