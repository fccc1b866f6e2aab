import 'server-only';
import { headers } from 'next/headers';
import { getDb } from '../db';
import { finishJournalEntry, startJournalEntry } from '../journal/journal';
import { crossOriginActionProblem } from './action-guard';
import { lookupSession, type ConsoleSession } from './session';

/*
 * What every console-user server action does around its change: check the origin and the
 * session (and, for managing others, the admin role) on the server, and journal the change
 * before making it (no entry, no change).
 */

export type Guarded = { session: ConsoleSession; error?: undefined } | { session?: undefined; error: string };

/** The signed-in person, when the request comes from the console's own origin. */
export async function requireSignedIn(): Promise<Guarded> {
  const crossOrigin = await crossOriginActionProblem();
  if (crossOrigin) return { error: crossOrigin };
  const { session, ended } = await lookupSession(await headers());
  if (!session) return { error: ended?.message ?? 'Your session has ended. Sign in again.' };
  return { session };
}

/** As requireSignedIn, and the person must be a console admin. */
export async function requireConsoleAdmin(): Promise<Guarded> {
  const guarded = await requireSignedIn();
  if (guarded.session && guarded.session.user.role !== 'admin') return { error: 'Only console admins can manage console users.' };
  return guarded;
}

export class JournalUnavailableError extends Error {
  constructor() {
    super('The change was not made: the console could not record it in its journal. Check the database, then try again.');
  }
}

export interface ConsoleUserJournal {
  /** e.g. `consoleUsers.setRole`. */
  operation: string;
  /** The person changed. */
  target: { id: string; email: string };
  /** What was asked, never a password. */
  summary: Record<string, unknown>;
}

/**
 * Journals a console-user change (who did what to whom) and runs it. The entry is written first:
 * when it cannot be, the change does not run. `change` answers a problem to refuse with, or null.
 */
export async function journalled(session: ConsoleSession, entry: ConsoleUserJournal, change: () => Promise<string | null>): Promise<string | null> {
  const db = await getDb();
  const { user } = session;
  let id: number;
  try {
    id = await startJournalEntry(db, {
      userId: user.id,
      userEmail: user.email,
      userRole: user.role,
      operation: entry.operation,
      method: 'POST',
      path: `/console/users/${entry.target.id}`,
      targetIds: { user_id: entry.target.id, user_email: entry.target.email },
      requestSummary: entry.summary,
    });
  } catch (err) {
    console.error('journal write failed', err instanceof Error ? err.message : err);
    throw new JournalUnavailableError();
  }
  const finish = (outcome: 'succeeded' | 'failed', httpStatus: number, errorMessage: string | null) =>
    finishJournalEntry(db, id, { outcome, httpStatus, upstreamRequestId: null, errorMessage }).catch((err: unknown) =>
      console.error('journal finish failed', err instanceof Error ? err.message : err),
    );
  try {
    const problem = await change();
    await finish(problem ? 'failed' : 'succeeded', problem ? 409 : 200, problem);
    return problem;
  } catch (err) {
    await finish('failed', 500, err instanceof Error ? err.message : String(err));
    throw err;
  }
}
