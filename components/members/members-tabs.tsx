import { SectionTabs } from '@/components/ui/section-tabs';

const TABS = [
  { href: '/members', label: 'Members' },
  { href: '/members/invites', label: 'Invites' },
] as const;

/** The strip between /members and /members/invites. */
export function MembersTabs({ active }: { active: 'members' | 'invites' }) {
  return <SectionTabs label="Members sections" tabs={TABS} current={active === 'invites' ? '/members/invites' : '/members'} />;
}
