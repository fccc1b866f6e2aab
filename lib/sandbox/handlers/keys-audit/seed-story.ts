import 'server-only';
import type { Db } from '@/lib/server/db';
import type { ProjectObject, UserObject } from '../../model';
import type { RandomSource } from '../../random';
import type { SeededKey, SeededKeyName } from './seed-admin-keys';
import { sessionActor, type OwnerPool } from './seed-cast';
import type { SeedEvent } from './seed-events';

/** What every chapter of the seeded history reads: the organization as the other seeders left it. */
export interface Story {
  /** The seeding transaction, to read what other families stored. */
  db: Db;
  organizationId: string;
  base: number;
  random: RandomSource;
  owners: OwnerPool;
  users: Map<string, UserObject>;
  usersByEmail: Map<string, UserObject>;
  projects: Map<string, ProjectObject>;
  defaultProjectId: string;
  keys: Map<SeededKeyName, SeededKey>;
}

export type Chapter = (story: Story) => Promise<SeedEvent[]> | SeedEvent[];

export const projectRef = (project: ProjectObject) => ({ id: project.id, name: project.name });

/** When a project stopped changing: archived projects are read-only from then on. */
export const projectEnd = (story: Story, project: ProjectObject) =>
  Math.min(project.archived_at ?? story.base, story.base) - 60;

/** Automation's work: the Terraform key while it existed, else an owner at the dashboard. */
export function automationActor(story: Story, at: number): SeedEvent['actor'] {
  const terraform = story.keys.get('Terraform automation');
  if (terraform?.activeAt(at)) return terraform.actor;
  return sessionActor(story.owners.at(at));
}

/** An owner at the dashboard at `at`. */
export const ownerSession = (story: Story, at: number) => sessionActor(story.owners.at(at));
