'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import type { FormState } from '@/lib/admin/form-state';
import { resetSandbox } from '@/lib/sandbox/control/reset';
import { forgetDirectory } from './directory/directory';
import { warmDirectoryInBackground } from './directory/warm';
import { forgetHot } from './usage/hot';
import { writeFaultConfig } from '@/lib/sandbox/faults/setting';
import { FaultSpecError } from '@/lib/sandbox/faults/spec';
import { lookupSession, type ConsoleSession } from './auth/session';
import { getConfig } from './config';
import { getDb } from './db';
import { finishJournalEntry, startJournalEntry } from './journal/journal';
import { crossOriginReason } from './proxy/origin';

// The Settings card's sandbox controls (components/settings/sandbox-controls-card.tsx). Console
// admins only, and only while the sandbox is served; each change is journalled like any other.

async function requireSandboxAdmin(): Promise<{ session: ConsoleSession } | { error: string }> {
  const requestHeaders = await headers();
  const config = getConfig();
  // SECURITY.md bar 5, on top of Next's own check of server actions' Origin.
  const crossOrigin = crossOriginReason(requestHeaders, config.allowedOrigins);
  if (crossOrigin) return { error: `Refused: ${crossOrigin}.` };
  const { session } = await lookupSession(requestHeaders);
  if (session?.user.role !== 'admin') return { error: 'Only console admins can change the sandbox.' };
  if (!config.sandboxEnabled) return { error: 'The sandbox is not enabled on this server.' };
  return { session };
}

/** Runs a sandbox change with a journal entry written first (if it cannot be written, nothing runs). */
async function journalled(session: ConsoleSession, operation: string, path: string, summary: unknown, change: () => Promise<void>): Promise<void> {
  const db = await getDb();
  const { user } = session;
  const entry = await startJournalEntry(db, {
    userId: user.id,
    userEmail: user.email,
    userRole: user.role,
    operation,
    method: 'POST',
    path,
    targetIds: {},
    requestSummary: summary,
  });
  try {
    await change();
    await finishJournalEntry(db, entry, { outcome: 'succeeded', httpStatus: 200, upstreamRequestId: null, errorMessage: null });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await finishJournalEntry(db, entry, { outcome: 'failed', httpStatus: null, upstreamRequestId: null, errorMessage: message });
    throw error;
  }
}

/**
 * Sets the faults the sandbox injects into a share of requests. `intent` says how: `save` the
 * text in `faults`, turn them `off`, or go back to the `default` from SANDBOX_FAULTS.
 */
export async function saveSandboxFaultsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const allowed = await requireSandboxAdmin();
  if ('error' in allowed) return { error: allowed.error };
  const intent = String(form.get('intent') ?? 'save');
  const text = String(form.get('faults') ?? '').trim();
  const values = { faults: text };
  if (text.length > 2000) return { error: null, fieldErrors: { faults: 'Use at most 2000 characters.' }, values };
  const value = intent === 'default' ? null : intent === 'off' ? '' : text;
  try {
    await journalled(allowed.session, 'sandbox.faults.update', '/sandbox/control/faults', { faults: value }, async () => {
      await writeFaultConfig(await getDb(), value);
    });
  } catch (error) {
    if (error instanceof FaultSpecError) return { error: null, fieldErrors: { faults: error.message }, values };
    throw error;
  }
  revalidatePath('/settings');
  return { error: null, values: {} };
}

/** Puts the sandbox organization back to its seed. */
export async function resetSandboxAction(): Promise<{ error: string | null }> {
  const allowed = await requireSandboxAdmin();
  if ('error' in allowed) return { error: allowed.error };
  try {
    await journalled(allowed.session, 'sandbox.reset', '/sandbox/control/reset', {}, async () => {
      await resetSandbox(await getDb());
    });
    // Names, lists and the usage held in memory were of the organization before the reset.
    forgetDirectory();
    forgetHot();
    warmDirectoryInBackground(); // so the first Members view after the reset does not read 10,000 users
  } catch (error) {
    console.error('sandbox: reset from Settings failed', error);
    return { error: 'The sandbox could not be reset; it is unchanged. See the server log for why, then try again.' };
  }
  revalidatePath('/settings');
  return { error: null };
}
