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
  'Adebayo Okonkwo',
  'Charlotte Evans',
  'Dmitri Volkov',
  'Lena Fischer',
  'Gabriel Moreau',
  'Nadia Hussein',
  'Oscar Nilsson',
  'Priyanka Iyer',
  'Thomas Becker',
  'Valentina Greco',
  'Wei Zhang',
  'Ingrid Halvorsen',
  'Kofi Boateng',
  'Lucía Romero',
  'Patrick Sullivan',
  'Rina Sato',
  'Stefan Horvat',
  'Tara Kapoor',
  'Hugo Lefebvre',
  'Malia Fonoti',
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

// The large preset (SANDBOX_PRESET=large): the organization above, grown to these sizes with
// people and projects made from the name parts below.
export const LARGE_PRESET = { users: 10_000, projects: 1_000, archivedShare: 0.15 };

const words = (text: string) => text.trim().split(/\s+/);
const phrases = (text: string) => text.split('|').map((part) => part.trim()).filter(Boolean);

export const FIRST_NAMES = words(`
  Aaron Abigail Adaeze Adam Adrián Ahmed Aiko Alejandro Alice Amelia Ana Andrei Anna Antoine Aryan
  Astrid Ayesha Bao Beatriz Ben Bianca Björn Carlos Caroline Chen Chiara Chidi Clara Connor Dalia
  David Deepa Dmitri Eduardo Elif Elijah Emma Erik Esther Fatou Felipe Finn Freya Gabriel Gustavo
  Hana Hassan Helena Hiroshi Hugo Ingrid Ivan Jack Jasmine Javier Jin Joao Jonah Joseph Kai Karim
  Katarzyna Kofi Laila Lars Laura Leila Leon Lina Louis Lucia Luis Mariam Mario Marta Matteo Maxime
  Mia Miguel Mohammed Nadia Naomi Nikhil Nina Olga Oscar Pablo Paula Pedro Peter Quentin Rahul Rania
  Rebecca Ricardo Rosa Ruth Sakura Salma Sebastian Seo-yeon Simone Sipho Sophie Stefan Tariq Thomas
  Tobias Valentina Vera Vikram Wei William Xavier Yara Yusuf Zainab Zara Zoltan
`);

export const LAST_NAMES = words(`
  Abe Adeyemi Ahmed Alvarez Andersen Bauer Becker Bianchi Bjork Brown Campbell Carvalho Castro Chang
  Chatterjee Clarke Costa Da-Silva Dang Das Demir Diaz Dimitrov Eriksson Evans Fischer Fontaine
  Fujita Garcia Gonzalez Gupta Hall Hansen Hoffmann Horvat Hughes Ibrahim Ivanova Jackson Jensen
  Jovanovic Kaya Keller Khan Kim Kovacs Kumar Lambert Lee Lopez Lund Mahlangu Marino Martin Meyer
  Moreau Morris Muller Murray Nakamura Nielsen Nowak Obi Oliveira Ortiz Osei Park Pereira Petrova
  Phillips Quinn Ramos Reddy Reyes Richter Rivera Romano Saito Santos Sato Schneider Shah Sharma
  Silva Sokolov Sorensen Suzuki Takahashi Tan Taylor Tran Turner Usman Varga Vasquez Vogel Wagner
  Walsh Wang Weber Williams Wilson Wong Wu Yamamoto Yang Yilmaz Young Zhang Zhou Zimmermann
`);

/** Project names are `<area> <capability>`, e.g. "Claims Triage". */
export const PROJECT_AREAS = phrases(`
  Claims|Billing|Fleet|Warehouse|Payroll|Recruiting|Onboarding|Procurement|Compliance|Security|
  Support|Sales|Marketing|Legal|Finance|Logistics|Inventory|Maintenance|Safety|Quality|Robotics|
  Firmware|Telemetry|Supply Chain|Returns|Partner|Field Ops|Service Desk|Design|Research|Analytics|
  Pricing|Contracts|Training|Facilities|Travel|Vendor|Product|Localization|Accessibility
`);

export const PROJECT_CAPABILITIES = phrases(`
  Assistant|Copilot|Search|Summaries|Triage|Chatbot|Forecasting|Classifier|Insights|Agent|Q&A|
  Drafting|Translation|Extraction|Review|Monitoring|Reports|Voice Bot|Knowledge Base|Anomaly Alerts|
  Routing|Tagging|Evals|Playground|Pipeline|Digest|Planner|Coach|Audit Trail|Prototype
`);
