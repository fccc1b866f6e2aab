import 'server-only';
import { sql } from 'drizzle-orm';
import { getSandboxAdminKey } from '../../auth';
import { KIND, type ProjectObject, type UserObject } from '../../model';
import { insertMany } from '../../store-writes';
import type { SeedContext } from '../../seeders/types';
import { seedAdminKeys } from './seed-admin-keys';
import { OwnerPool } from './seed-cast';
import { readKind, writeHistory, type SeedEvent } from './seed-events';
import type { Chapter, Story } from './seed-story';
import { accessChapter } from './seed-story-access';
import { joiningChapter, membershipChapter, projectChapter } from './seed-story-core';
import { loginChapter } from './seed-story-logins';
import { settingsChapter } from './seed-story-settings';
import { trustChapter } from './seed-story-trust';

/**
 * The large preset keeps only its newest events (its whole story runs to hundreds of thousands),
 * so filters that must read the whole log stay fast.
 */
const LARGE_HISTORY_EVENTS = 20_000;

/** In the order they draw on the random source, so the story is the same on every install. */
const CHAPTERS: Chapter[] = [
  projectChapter,
  joiningChapter,
  membershipChapter,
  trustChapter,
  accessChapter,
  settingsChapter,
  loginChapter,
];

/**
 * The organization's admin keys and its audit history: every object the other seeders stored,
 * told as the events that made it (created, invited, added, archived, activated...), plus
 * sign-ins, each at a time consistent with the object's own timestamps. Runs after every other
 * seeder; families that stored nothing (yet) add nothing.
 */
export async function seedKeysAndHistory({ db, organization, base, preset, random }: SeedContext) {
  const users = (await readKind<UserObject>(db, KIND.user)).map((row) => row.data);
  const projects = (await readKind<ProjectObject>(db, KIND.project)).map((row) => row.data);
  const owners = users
    .filter((user) => user.role === 'owner')
    .sort((a, b) => a.added_at - b.added_at);
  const pool = new OwnerPool(owners, random);

  const keys = seedAdminKeys(pool.founders, base, await getSandboxAdminKey(db), random);
  await insertMany(db, keys.rows);

  const story: Story = {
    db,
    organizationId: organization.id,
    base,
    random,
    owners: pool,
    users: new Map(users.map((user) => [user.id, user])),
    usersByEmail: new Map(users.map((user) => [user.email.toLowerCase(), user])),
    projects: new Map(projects.map((project) => [project.id, project])),
    defaultProjectId: organization.default_project_id,
    keys: keys.byName,
  };
  const events: SeedEvent[] = [...keys.events];
  for (const chapter of CHAPTERS) events.push(...(await chapter(story)));

  // Nothing seeded happens after the seeding day starts: requests made later come after it.
  let history = events.map((event) => (event.at > base ? { ...event, at: base } : event));
  if (preset === 'large') {
    const newest = history.map((event) => event.at).sort((a, b) => b - a);
    const since = newest[LARGE_HISTORY_EVENTS - 1] ?? -Infinity;
    history = history.filter((event) => event.at >= since);
  }
  await writeHistory(db, history);
  // The last seeder: fresh statistics let every family's lists use their index from the start
  // (PGlite runs no autovacuum to gather them).
  await db.execute(sql`analyze sandbox_object`);
}
