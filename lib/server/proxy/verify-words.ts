import 'server-only';
import OpenAI from 'openai';
import type { OperationDef } from '@/lib/admin/operation';

/** What a path holds, in words: `service_accounts` → "service account" / "service accounts". */
export interface Noun {
  singular: string;
  plural: string;
  /** A collection of objects (a list), rather than one setting such as data_retention. */
  collection: boolean;
}

const ACTIONS = new Set(['archive', 'activate', 'deactivate']);
const words = (segment: string) => segment.replace(/_/g, ' ').replace(/\bapi\b/g, 'API');

/** The collection an operation acts on: the last literal segment followed by an id, or the path's own. */
export function describeCollection(operation: Pick<OperationDef, 'path' | 'method'>): Noun {
  const segments = operation.path.split('/').filter(Boolean);
  let index = segments.length - 1;
  // `…/{project_id}/archive` acts on the project; `…/certificates/activate` on certificates.
  if (ACTIONS.has(segments[index] ?? '')) index -= 1;
  while (index > 0 && segments[index]?.startsWith('{')) index -= 1;
  const segment = segments[index] ?? 'organization';
  const collection = segment.endsWith('s') && !segment.endsWith('permissions');
  const plural = words(segment);
  return { plural, singular: collection ? plural.replace(/s$/, '') : plural, collection };
}

/** How the answer was lost, as the start of a sentence. */
export function lostAnswerCause(error: unknown, upstreamName: string): string {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return `${upstreamName} did not answer in time after the change was sent`;
  if (error instanceof OpenAI.APIConnectionError) return 'The connection dropped after the change was sent';
  if (error instanceof OpenAI.APIError) return `${upstreamName} answered with an error (${error.status ?? 'no status'}) after the change was sent`;
  return `The answer from ${upstreamName} could not be read after the change was sent`;
}
