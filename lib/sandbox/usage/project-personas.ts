import 'server-only';
import { DEFAULT_PROJECT_NAME } from '../seed-data';
import { seedProjectId } from '../seed-ids';
import { hashString } from './hash';
import type { PersonaName } from './personas';

/** What each seeded project does (keyed by its stable id, so a rename changes nothing). */
const SEEDED: Record<string, PersonaName> = {
  [DEFAULT_PROJECT_NAME]: 'general',
  'Legacy Chatbot v1': 'legacy',
  'Customer Support Assistant': 'support',
  'Warehouse Vision': 'vision',
  'Hackathon 2024': 'hack',
  'Internal Knowledge Search': 'retrieval',
  'Fleet Telemetry Insights': 'pipeline',
  'Sales Email Drafting': 'content',
  'Summer Intern Sandbox': 'hack',
  'Robot Voice Interface': 'voice',
  'Docs Translation': 'pipeline',
  'Developer Copilot': 'copilot',
  'Data Labeling Pipeline': 'pipeline',
  'Field Service Triage': 'support',
  'Marketing Content Studio': 'content',
  'Legal Contract Review': 'legal',
};

const BY_ID = new Map(Object.entries(SEEDED).map(([name, persona]) => [seedProjectId(name), persona]));

/** Projects made later (through the API, or the large preset's) get one of these by their id. */
const OTHERS: readonly PersonaName[] = ['general', 'general', 'support', 'retrieval', 'content', 'copilot', 'pipeline'];

export function personaOf(projectId: string): PersonaName {
  return BY_ID.get(projectId) ?? OTHERS[hashString(projectId) % OTHERS.length] ?? 'general';
}
