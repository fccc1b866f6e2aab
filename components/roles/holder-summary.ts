import type { Group } from '@/lib/queries/roles';

/** Who holds a role, as far as the page knows it yet. */
export interface HolderSummary {
  groups: Group[];
  /** Members holding a built-in role through their organization role (owner / reader); null for custom roles. */
  byOrgRole: number | null;
  /** Members assigned the role (directly or through a group); null until the holders scan has read them. */
  assigned: number | null;
  /** The holders scan is still going: `assigned` may grow. */
  checking: boolean;
  /** Groups' assignments or the members per organization role are still loading. */
  loading: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "3 members · 1 group", "2+ members (checking) · 1 group", "members not counted yet · 2 groups". */
export function holderText(h: HolderSummary): string {
  if (h.loading) return 'Counting…';
  const parts: string[] = [];
  if (h.byOrgRole !== null) parts.push(`${plural(h.byOrgRole, 'member')} by organization role`);
  if (h.assigned === null) {
    if (h.byOrgRole === null) parts.push('members not counted yet');
  } else if (h.assigned > 0 || h.byOrgRole === null || h.checking) {
    parts.push(h.checking ? `${h.assigned}+ assigned (checking)` : `${plural(h.assigned, 'member')} assigned`);
  }
  parts.push(plural(h.groups.length, 'group'));
  return parts.join(' · ');
}

/** For the delete confirmation: how many lose the role. */
export function holderConsequence(h: HolderSummary): string {
  const groups = h.groups.length > 0 ? `${plural(h.groups.length, 'group')} (${h.groups.map((g) => g.name).join(', ')})` : null;
  const people =
    h.assigned === null
      ? 'members not yet checked'
      : h.checking
        ? `at least ${plural(h.assigned, 'member')} (still checking)`
        : h.assigned > 0
          ? plural(h.assigned, 'member')
          : null;
  const who = [people, groups].filter(Boolean).join(' and ');
  return who ? `It is held by ${who}; they lose it and the access it grants.` : 'Nobody holds it.';
}
