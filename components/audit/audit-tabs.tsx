import { SectionTabs } from '@/components/ui/section-tabs';

const TABS = [
  { href: '/audit-logs', label: 'Audit log' },
  { href: '/audit-logs/journal', label: 'Console journal' },
] as const;

/** The strip between the organization's audit log and the console's own journal. */
export function AuditTabs({ active }: { active: 'log' | 'journal' }) {
  return <SectionTabs label="Audit sections" tabs={TABS} current={active === 'journal' ? '/audit-logs/journal' : '/audit-logs'} />;
}
