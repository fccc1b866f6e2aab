import 'server-only';
import OpenAI from 'openai';
import { fillPath } from '@/lib/admin/match';
import type { OperationDef } from '@/lib/admin/operation';
import { OPERATIONS } from '@/lib/admin/operations';
import { ADMIN_AUTH } from '../openai';
import { inUpstreamSlot } from '../upstream-gate';
import type { MappedError } from './upstream-errors';
import { describeCollection, lostAnswerCause, type Noun } from './verify-words';

/*
 * A change was sent and its answer was lost (timeout, reset, 5xx, an unreadable answer): re-read
 * what the organization holds to learn whether it happened (ARCHITECTURE.md, "Upstream calls").
 * delete → read the object (404 = deleted) or look for it in its list; update → read the object
 * and compare the fields sent; create → look through the list (newest first where it can be
 * asked, a bounded number of pages) for an object with the fields sent, made since just before the
 * send. Anything else: "could not tell".
 */

export type VerifiedOutcome = 'applied' | 'not_applied' | 'unknown';

export interface Verification {
  outcome: VerifiedOutcome;
  /** The sentence for a person: cause, what was re-read, what it showed, what to do. */
  message: string;
  /** What a create made (or the target of a delete/update), when known. */
  target: { id: string; name: string | null } | null;
}

export interface VerifyInput {
  client: OpenAI;
  operation: OperationDef;
  params: Record<string, string>;
  body: unknown;
  /** When the change was sent (ms): a create looks only at objects made since just before. */
  sentAt: number;
  error: unknown;
  upstreamName: string;
}

/** Pages read at most while looking for a created or deleted object in a list. */
export const MAX_PAGES = 10;
/** Clocks differ: objects made this long before the send still count as the one sent. */
const CLOCK_SLACK_SECONDS = 30;

type Item = Record<string, unknown>;
interface Found {
  outcome: VerifiedOutcome;
  item: Item | null;
  /** Why it could not tell, for the message. */
  reason?: string;
}

const readable = (template: string) => OPERATIONS.find((op) => op.method === 'GET' && op.path === template) ?? null;
const parentOf = (template: string) => template.split('/').slice(0, -1).join('/');
const endsWithParam = (template: string) => /\}$/.test(template);
const isObject = (value: unknown): value is Item => !!value && typeof value === 'object' && !Array.isArray(value);
const isList = (value: unknown): value is { data: Item[]; has_more?: boolean; last_id?: string | null; next?: string | null } =>
  isObject(value) && Array.isArray(value.data);

export async function verifyOutcome(input: VerifyInput): Promise<Verification> {
  const noun = describeCollection(input.operation);
  const cause = lostAnswerCause(input.error, input.upstreamName);
  let found: Found;
  try {
    found = await check(input);
  } catch (err) {
    const why = err instanceof OpenAI.APIError && err.status ? `it answered ${err.status}` : 'it could not be reached';
    found = { outcome: 'unknown', item: null, reason: `re-reading the ${noun.plural} failed too (${why})` };
  }
  return { outcome: found.outcome, target: targetOf(found.item, input), message: `${cause}. ${conclusion(found, noun, input)}` };
}

async function check(input: VerifyInput): Promise<Found> {
  const { operation } = input;
  const template = operation.path;
  if (operation.method === 'DELETE') return checkDelete(input);
  const same = readable(template);
  if (same) {
    const current = await read(input, fillPath(template, input.params), listQuery(same));
    if (isList(current)) return findCreated(input, same, current);
    return compareFields(current, input.body);
  }
  const parent = readable(parentOf(template));
  if (endsWithParam(template) && parent) {
    const item = await findInList(input, parent, input.params[lastParam(template)] ?? '');
    return item === undefined ? { outcome: 'unknown', item: null, reason: `there are too many ${describeCollection(parent).plural} to look through` } : item === null ? { outcome: 'unknown', item: null, reason: 'it is not in its list' } : compareFields(item, input.body);
  }
  if (template.endsWith('/archive') && parent) {
    const current = await read(input, fillPath(parent.path, input.params));
    const archived = isObject(current) && (current.status === 'archived' || current.archived_at != null);
    return { outcome: archived ? 'applied' : 'not_applied', item: isObject(current) ? current : null };
  }
  return { outcome: 'unknown', item: null, reason: 'this change cannot be read back' };
}

async function checkDelete(input: VerifyInput): Promise<Found> {
  const template = input.operation.path;
  if (!endsWithParam(template)) return { outcome: 'unknown', item: null, reason: 'this change cannot be read back' };
  const same = readable(template);
  if (same) {
    try {
      const current = await read(input, fillPath(template, input.params));
      const gone = isObject(current) && current.deleted === true;
      return { outcome: gone ? 'applied' : 'not_applied', item: isObject(current) ? current : null };
    } catch (err) {
      if (err instanceof OpenAI.APIError && err.status === 404) return { outcome: 'applied', item: null };
      throw err;
    }
  }
  const parent = readable(parentOf(template));
  if (!parent) return { outcome: 'unknown', item: null, reason: 'this change cannot be read back' };
  const item = await findInList(input, parent, input.params[lastParam(template)] ?? '');
  if (item === undefined) return { outcome: 'unknown', item: null, reason: 'the list is too long to look through' };
  return { outcome: item ? 'not_applied' : 'applied', item };
}

const lastParam = (template: string) => /\{(\w+)\}$/.exec(template)?.[1] ?? '';

/** One read back, under the process-wide upstream cap like every call (at the front: a person waits on it). */
function read(input: VerifyInput, path: string, query?: Record<string, string>): Promise<unknown> {
  return inUpstreamSlot(() => input.client.get(path, { ...ADMIN_AUTH, query, maxRetries: 1 }), { first: true });
}

/** The list query to read with: the largest page it takes, newest first when it can be asked. */
function listQuery(op: OperationDef): Record<string, string> | undefined {
  if (!op.query) return undefined;
  const candidates: Record<string, string>[] = [{ limit: '100', order: 'desc' }, { limit: '100' }];
  for (const candidate of candidates) if (op.query.safeParse(candidate).success) return candidate;
  return undefined;
}

const cursorAfter = (page: { data: Item[]; has_more?: boolean; last_id?: string | null; next?: string | null }) => {
  if (!page.has_more || page.data.length === 0) return null;
  const last = page.data.at(-1)?.id;
  return page.next || page.last_id || (typeof last === 'string' ? last : null);
};

/** Reads a list page by page (at most MAX_PAGES) until `stop` says so. false = ran out of pages. */
async function scan(input: VerifyInput, list: OperationDef, first: unknown, stop: (item: Item) => 'found' | 'older' | null): Promise<Item | null | false> {
  const path = fillPath(list.path, input.params);
  const query = listQuery(list);
  let page = first ?? (await read(input, path, query));
  for (let n = 1; ; n += 1) {
    if (!isList(page)) return null;
    for (const item of page.data) {
      const verdict = stop(item);
      if (verdict === 'found') return item;
      if (verdict === 'older') return null;
    }
    const after = cursorAfter(page);
    if (!after) return null;
    if (n >= MAX_PAGES) return false;
    page = await read(input, path, { ...query, after });
  }
}

/** The list item with this id: null when it is not there, undefined when the list is too long to tell. */
async function findInList(input: VerifyInput, list: OperationDef, id: string): Promise<Item | null | undefined> {
  const found = await scan(input, list, null, (item) => (item.id === id ? 'found' : null));
  return found === false ? undefined : found;
}

const createdAt = (item: Item): number | null => {
  const at = item.created_at ?? item.added_at;
  return typeof at === 'number' ? at : null;
};

/** Is this the object the create asked for? Every sent plain field it shows must be equal, and at least one. */
function matchesSent(item: Item, body: unknown): boolean {
  if (!isObject(body)) return false;
  let compared = 0;
  for (const [key, sent] of Object.entries(body)) {
    if (sent === null || typeof sent === 'object') continue;
    const shown = key in item ? item[key] : key.endsWith('_id') && !(key in item) ? item.id : undefined;
    if (shown === undefined) continue;
    compared += 1;
    const same = typeof sent === 'string' && typeof shown === 'string' && key === 'email' ? sent.toLowerCase() === shown.toLowerCase() : sent === shown;
    if (!same) return false;
  }
  return compared > 0;
}

async function findCreated(input: VerifyInput, list: OperationDef, first: unknown): Promise<Found> {
  const since = Math.floor(input.sentAt / 1000) - CLOCK_SLACK_SECONDS;
  const newestFirst = listQuery(list)?.order === 'desc';
  const found = await scan(input, list, first, (item) => {
    const at = createdAt(item);
    if (at !== null && at < since) return newestFirst ? 'older' : null;
    return matchesSent(item, input.body) ? 'found' : null;
  });
  if (found === false) return { outcome: 'unknown', item: null, reason: `there are too many ${describeCollection(list).plural} to look through` };
  return { outcome: found ? 'applied' : 'not_applied', item: found };
}

/** Every sent field the object shows has the sent value → applied; any other value → not applied. */
function compareFields(current: unknown, body: unknown): Found {
  if (!isObject(current) || !isObject(body)) return { outcome: 'unknown', item: null, reason: 'the answer cannot be compared with what was sent' };
  const verdict = sameFields(current, body);
  if (verdict === null) return { outcome: 'unknown', item: current, reason: 'it does not show the fields that were sent' };
  return { outcome: verdict ? 'applied' : 'not_applied', item: current };
}

/** true: all shown fields equal; false: one differs; null: none could be compared. */
function sameFields(shown: Item, sent: Item): boolean | null {
  let compared = 0;
  for (const [key, value] of Object.entries(sent)) {
    if (!(key in shown) || value === undefined) continue;
    const have = shown[key];
    let same: boolean | null;
    if (Array.isArray(value) && Array.isArray(have)) same = JSON.stringify(value.map((v) => JSON.stringify(v)).sort()) === JSON.stringify(have.map((v) => JSON.stringify(v)).sort());
    else if (isObject(value) && isObject(have)) same = sameFields(have, value);
    else same = value === have;
    if (same === null) continue;
    if (!same) return false;
    compared += 1;
  }
  return compared > 0 ? true : null;
}

function nameOf(item: Item | null, body: unknown): string | null {
  const named = item?.name ?? item?.email ?? (isObject(body) ? (body.name ?? body.email) : undefined);
  return typeof named === 'string' ? named : null;
}

function targetOf(item: Item | null, input: VerifyInput): Verification['target'] {
  const id = typeof item?.id === 'string' ? item.id : input.params[lastParam(input.operation.path)];
  return id ? { id, name: nameOf(item, input.body) } : null;
}

function conclusion(found: Found, noun: Noun, input: VerifyInput): string {
  const reread = `The console re-read the ${noun.plural}:`;
  const name = nameOf(found.item, input.body);
  const id = targetOf(found.item, input)?.id;
  const called = name ? ` ‘${name}’` : id ? ` ${id}` : '';
  const kind = input.operation.method === 'DELETE' ? 'delete' : readable(input.operation.path) && !endsWithParam(input.operation.path) && noun.collection ? 'create' : 'change';
  if (found.outcome === 'unknown')
    return `Whether the change was applied is not known: ${found.reason ?? 'it could not be read back'}. Reload to check before trying again.`;
  if (kind === 'delete')
    return found.outcome === 'applied' ? `${reread} the ${noun.singular}${called} was deleted.` : `${reread} the ${noun.singular}${called} is still there; try again.`;
  if (kind === 'create')
    return found.outcome === 'applied' ? `${reread} the ${noun.singular}${called} was created.` : `${reread} the ${noun.singular}${called} was not created; try again.`;
  return found.outcome === 'applied'
    ? `${reread} the ${noun.singular}${called} now has what you sent, so the change was applied.`
    : `${reread} the ${noun.singular}${called} does not have what you sent; the change was not applied, try again.`;
}

export interface Settled {
  mapped: MappedError;
  /** What the journal records: applied → succeeded, not applied → failed, else unknown. */
  journalOutcome: 'succeeded' | 'failed' | 'unknown';
  resultIds: Record<string, string> | null;
}

/** Turns an "outcome unknown" answer into what the re-read showed, for the person and the journal. */
export async function settleUnknownOutcome(
  mapped: MappedError,
  input: Omit<VerifyInput, 'client'> & { getClient(): Promise<OpenAI> },
): Promise<Settled> {
  const { getClient, ...rest } = input;
  const verified = await getClient().then(
    (client) => verifyOutcome({ ...rest, client }),
    (): Verification => ({ outcome: 'unknown', target: null, message: `${lostAnswerCause(input.error, input.upstreamName)}. Whether the change was applied is not known. Reload to check before trying again.` }),
  );
  const created = verified.outcome === 'applied' && input.operation.method === 'POST' && verified.target ? { id: verified.target.id } : null;
  return {
    mapped: {
      ...mapped,
      error: {
        ...mapped.error,
        code: 'outcome_unknown',
        message: verified.message,
        outcome: verified.outcome,
        target: verified.target,
        ...(verified.outcome === 'applied' && input.operation.returnsSecret ? { secret_lost: true } : {}),
      },
    },
    journalOutcome: verified.outcome === 'applied' ? 'succeeded' : verified.outcome === 'not_applied' ? 'failed' : 'unknown',
    resultIds: created,
  };
}
