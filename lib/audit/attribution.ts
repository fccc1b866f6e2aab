import type { AuditLogListResponse } from 'openai/resources/admin/organization/audit-logs';
import { eventTypesOf } from './operation-events';

/*
 * Attribution: which console user made an upstream audit-log event. Upstream, every change made
 * through the console is logged as made by the console's admin key; the journal knows the person.
 * An event belongs to a journal entry when the entry's operation leaves that event type, the
 * event names an object the change named or created, and it happened while the change was sent.
 * Events made by anyone else (a person in OpenAI's dashboard, another key) stay unattributed.
 */

export type AuditEvent = AuditLogListResponse;

export interface JournalEntryForMatch {
  id: number;
  operation: string;
  outcome: 'pending' | 'succeeded' | 'failed' | 'unknown';
  /** Milliseconds since the epoch: when the console sent the change, and when it heard back. */
  createdAt: number;
  finishedAt: number | null;
  /** Every object id the change named (path, body) or created (the answer). */
  ids: readonly string[];
}

export interface Attribution {
  entryId: number;
  /** `target`: the event names an object of the change; `time`: the change names none to compare. */
  basis: 'target' | 'time';
}

/** Clocks of the console and of OpenAI may differ a little; an event is looked for this far around. */
export const CLOCK_SKEW_SECONDS = 60;
/** A change still waiting for its answer is assumed to take at most this long to be applied. */
export const PENDING_SECONDS = 120;

/** A span of time in Unix seconds, both ends included. */
export interface TimeSpan {
  start: number;
  end: number;
}

/**
 * When the events of a change may be stamped upstream: from when it was sent to when its answer
 * came (or PENDING_SECONDS later when none came yet), widened by the clock skew both ways.
 */
export function entryWindow(entry: { createdAt: number; finishedAt: number | null }): TimeSpan {
  const finished = entry.finishedAt ?? entry.createdAt + PENDING_SECONDS * 1000;
  return { start: Math.floor(entry.createdAt / 1000) - CLOCK_SKEW_SECONDS, end: Math.ceil(finished / 1000) + CLOCK_SKEW_SECONDS };
}

/**
 * When the changes that may have made these events were sent (their `createdAt`): the reverse of
 * entryWindow. A change answered within PENDING_SECONDS is never missed. Null without events.
 */
export function windowForEvents(events: readonly Pick<AuditEvent, 'effective_at'>[]): TimeSpan | null {
  if (events.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const { effective_at: at } of events) {
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  return { start: first - CLOCK_SKEW_SECONDS - PENDING_SECONDS, end: last + CLOCK_SKEW_SECONDS };
}

/** The object an event is about, as the API nests it under the event's type (`project.updated`: {...}). */
export const eventDetails = (event: AuditEvent): Record<string, unknown> => ((event as unknown as Record<string, unknown>)[event.type] ?? {}) as Record<string, unknown>;

/** How an attribution was made, in words ("matched by operation, target and time"). */
export const matchedBy = (basis: Attribution['basis']) => (basis === 'target' ? 'operation, target and time' : 'operation and time');

/** Ids inside a JSON value: strings under `id` or `*_id`, and the items of `*_ids` lists. */
function idsIn(value: unknown, into = new Set<string>(), key = '', depth = 0): Set<string> {
  if (depth > 4 || value === null || value === undefined) return into;
  if (typeof value === 'string') {
    if (value && (key === 'id' || key.endsWith('_id'))) into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) idsIn(item, into, key.endsWith('_ids') ? 'id' : key, depth + 1);
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) idsIn(v, into, k, depth + 1);
  }
  return into;
}

/** The ids an event names: its own object's `id` and `*_id` fields, and the objects it lists. */
export function eventObjectIds(event: AuditEvent): string[] {
  return [...idsIn(eventDetails(event))];
}

/**
 * True when the console's admin key made the event (any admin key, when which one is not known: a
 * project's service-account key is never the console's).
 */
export function madeByConsoleKey(event: AuditEvent, consoleKeyIds: readonly string[]): boolean {
  const actor = event.actor;
  if (!actor || actor.type !== 'api_key' || !actor.api_key) return false;
  if (consoleKeyIds.length === 0) return actor.api_key.type !== 'service_account';
  return consoleKeyIds.includes(actor.api_key.id ?? '');
}

interface Candidate {
  event: AuditEvent;
  entry: JournalEntryForMatch;
  overlap: number;
  distance: number;
}

function candidate(event: AuditEvent, eventIds: string[], entry: JournalEntryForMatch): Candidate | null {
  if (entry.outcome === 'failed' || !eventTypesOf(entry.operation).includes(event.type)) return null;
  const { start, end } = entryWindow(entry);
  if (event.effective_at < start || event.effective_at > end) return null;
  const overlap = eventIds.filter((id) => entry.ids.includes(id)).length;
  if (overlap === 0 && eventIds.length > 0 && entry.ids.length > 0) return null;
  const middle = (entry.createdAt + (entry.finishedAt ?? entry.createdAt)) / 2000;
  return { event, entry, overlap, distance: Math.abs(event.effective_at - middle) };
}

/**
 * Pairs events with the journal entries that made them. Best pairs first (more shared ids, then
 * closer in time); an entry takes one event of each type before any entry takes a second (a
 * change that removes a group's several roles leaves several events of one type).
 */
export function attributeEvents(
  events: readonly AuditEvent[],
  entries: readonly JournalEntryForMatch[],
  consoleKeyIds: readonly string[],
): Map<string, Attribution> {
  const candidates: Candidate[] = [];
  for (const event of events) {
    if (!madeByConsoleKey(event, consoleKeyIds)) continue;
    const ids = eventObjectIds(event);
    for (const entry of entries) {
      const found = candidate(event, ids, entry);
      if (found) candidates.push(found);
    }
  }
  candidates.sort((a, b) => b.overlap - a.overlap || a.distance - b.distance || a.entry.id - b.entry.id);

  const attributed = new Map<string, Attribution>();
  const typesTaken = new Set<string>();
  for (const allowSecond of [false, true]) {
    for (const { event, entry, overlap } of candidates) {
      const slot = `${entry.id} ${event.type}`;
      if (attributed.has(event.id) || (!allowSecond && typesTaken.has(slot))) continue;
      attributed.set(event.id, { entryId: entry.id, basis: overlap > 0 ? 'target' : 'time' });
      typesTaken.add(slot);
    }
  }
  return attributed;
}

/** The reverse view, for the journal: which events each entry left. */
export function eventsByEntry(attributed: Map<string, Attribution>): Map<number, string[]> {
  const byEntry = new Map<number, string[]>();
  for (const [eventId, { entryId }] of attributed) byEntry.set(entryId, [...(byEntry.get(entryId) ?? []), eventId]);
  return byEntry;
}

/** Every object id a journal entry names: path parameters, created ids, and ids in the body. */
export function journalEntryIds(entry: { targetIds: Record<string, string>; resultIds?: Record<string, string> | null; requestSummary?: unknown }): string[] {
  const ids = idsIn(entry.requestSummary);
  for (const id of [...Object.values(entry.targetIds), ...Object.values(entry.resultIds ?? {})]) if (id) ids.add(id);
  return [...ids];
}
