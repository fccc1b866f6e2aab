import 'server-only';

/** The believable organization the sandbox starts with. Ages are days before the seeding day. */

export const SEED_ORGANIZATION = {
  name: 'Northwind Robotics',
  domain: 'northwind-robotics.com',
  ageDays: 730,
};

export const DEFAULT_PROJECT_NAME = 'Default project';

export interface SeedProject {
  name: string;
  ageDays: number;
  /** Days before seeding it was archived; absent while active. */
  archivedAgeDays?: number;
}

export const SEED_PROJECTS: SeedProject[] = [
  { name: 'Legacy Chatbot v1', ageDays: 690, archivedAgeDays: 400 },
  { name: 'Customer Support Assistant', ageDays: 655 },
  { name: 'Warehouse Vision', ageDays: 610 },
  { name: 'Hackathon 2024', ageDays: 560, archivedAgeDays: 540 },
  { name: 'Internal Knowledge Search', ageDays: 520 },
  { name: 'Fleet Telemetry Insights', ageDays: 470 },
  { name: 'Sales Email Drafting', ageDays: 415 },
  { name: 'Summer Intern Sandbox', ageDays: 380, archivedAgeDays: 290 },
  { name: 'Robot Voice Interface', ageDays: 330 },
  { name: 'Docs Translation', ageDays: 270 },
  { name: 'Developer Copilot', ageDays: 210 },
  { name: 'Data Labeling Pipeline', ageDays: 150 },
  { name: 'Field Service Triage', ageDays: 95 },
  { name: 'Marketing Content Studio', ageDays: 60 },
  { name: 'Legal Contract Review', ageDays: 21 },
];

/** Organization members; the first three own the organization, everyone else reads. */
export const SEED_USERS: string[] = [
  'Ava Thompson',
  'Daniel Okafor',
  'Priya Raman',
  'Marcus Chen',
  'Sofia Martínez',
  "Liam O'Brien",
  'Hannah Schmidt',
  'Kenji Watanabe',
  'Amara Nwosu',
  'Lucas Silva',
  'Chloé Dubois',
  'Omar Haddad',
  'Isabella Rossi',
  'Noah Kim',
  'Fatima Benali',
  'Ethan Walker',
  'Mei Lin',
  'Jonas Lindqvist',
  'Grace Mensah',
  'Mateo Fernández',
  'Anika Patel',
  'Samuel Cohen',
  'Yuki Tanaka',
  'Olivia Brown',
  'Arjun Mehta',
  'Elena Popescu',
  'Tomás García',
  'Zoe Anderson',
  'İbrahim Yılmaz',
  'Nora Johansson',
  'Diego Álvarez',
  'Leah Goldberg',
  'Kwame Asante',
  'Emily Nguyen',
  'Rafael Costa',
  'Sara Novak',
  'Benjamin Wright',
  'Aisha Rahman',
  'Henrik Larsen',
  'Camila Torres',
  'Victor Petrov',
  'Julia Kowalski',
  'Ryan Murphy',
  'Maya Singh',
];

export const SEED_OWNER_COUNT = 3;

/** `Chloé Dubois` → `chloe.dubois@northwind-robotics.com`. */
export function seedEmail(name: string): string {
  const local = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z\s-]/g, '')
    .trim()
    .split(/\s+/)
    .join('.');
  return `${local}@${SEED_ORGANIZATION.domain}`;
}
