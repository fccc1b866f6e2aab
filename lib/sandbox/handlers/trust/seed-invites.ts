import 'server-only';
import { randomIntBetween, stableObjectId } from '../../random';
import { seedEmail } from '../../seed-data';
import { seedProjectId } from '../../seed-ids';
import type { SeedContext } from '../../seeders/types';
import { insertMany } from '../../store-writes';
import { INVITE_LIFETIME_SECONDS, TRUST_ID_PREFIX, TRUST_KIND, type InviteObject } from './kinds';
import type { SeedRoster } from './seed-roster';

const DAY = 86_400;
const HOUR = 3_600;

interface OpenInvite {
  email: string;
  role: InviteObject['role'];
  /** Days before the seeding day it was sent. */
  sentDaysAgo: number;
  /** Project names (the default project when absent) with the role granted in each. */
  projects?: [string, 'member' | 'owner'][];
}

// People invited but not (yet) in: pending ones sent within the week, expired ones older.
// prettier-ignore
const OPEN_INVITES: OpenInvite[] = [
  { email: seedEmail('Laura Becker'), role: 'reader', sentDaysAgo: 1, projects: [['Developer Copilot', 'member']] },
  { email: seedEmail('Tariq Hassan'), role: 'reader', sentDaysAgo: 2 },
  { email: seedEmail('Ingrid Solberg'), role: 'owner', sentDaysAgo: 3 },
  { email: 'j.moreau@contoso-legal.example', role: 'reader', sentDaysAgo: 4, projects: [['Legal Contract Review', 'member']] },
  { email: seedEmail('Ravi Shankar'), role: 'reader', sentDaysAgo: 6, projects: [['Data Labeling Pipeline', 'owner'], ['Warehouse Vision', 'member']] },
  { email: seedEmail('Peter Novak'), role: 'reader', sentDaysAgo: 19 },
  { email: 'contractor@brightpixel.example', role: 'reader', sentDaysAgo: 45, projects: [['Marketing Content Studio', 'member']] },
  { email: seedEmail('Helena Krause'), role: 'reader', sentDaysAgo: 120 },
];

const ACCEPTED = 5;

/** Pending, expired and accepted invites; the accepted ones are the organization's newest members. */
export async function seedInvites(ctx: SeedContext, roster: SeedRoster): Promise<void> {
  const { base, random } = ctx;
  const defaultProject = ctx.organization.default_project_id;
  const invites: InviteObject[] = [];
  const newest = [...roster.users.values()].sort((a, b) => b.added_at - a.added_at);
  for (const user of newest.slice(0, ACCEPTED)) {
    const created = user.added_at - randomIntBetween(random, HOUR, 3 * DAY);
    invites.push({
      object: 'organization.invite',
      id: stableObjectId(TRUST_ID_PREFIX.invite, `invite:${user.email}`),
      email: user.email,
      role: user.role,
      status: 'accepted',
      created_at: created,
      expires_at: created + INVITE_LIFETIME_SECONDS,
      accepted_at: user.added_at,
      projects: [{ id: defaultProject, role: 'member' }],
    });
  }
  for (const open of OPEN_INVITES) {
    const created = base - open.sentDaysAgo * DAY + randomIntBetween(random, 0, 8 * HOUR);
    const expires = created + INVITE_LIFETIME_SECONDS;
    invites.push({
      object: 'organization.invite',
      id: stableObjectId(TRUST_ID_PREFIX.invite, `invite:${open.email}`),
      email: open.email,
      role: open.role,
      status: expires > base ? 'pending' : 'expired',
      created_at: created,
      expires_at: expires,
      accepted_at: null,
      projects: open.projects
        ? open.projects.map(([name, role]) => ({ id: seedProjectId(name), role }))
        : [{ id: defaultProject, role: 'member' }],
    });
  }
  invites.sort((a, b) => a.created_at - b.created_at);
  await insertMany(
    ctx.db,
    invites.map((data, i) => ({
      kind: TRUST_KIND.invite,
      scope: '',
      id: data.id,
      seq: i + 1,
      data,
    })),
  );
}
