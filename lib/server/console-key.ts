import 'server-only';
import { keysMatchingValue, type ConsoleKeyIdentity } from '@/lib/admin/admin-keys';
import { SANDBOX_KEY_ID } from '../sandbox/auth';
import { getConfig } from './config';
import { adminKeyList } from './directory/directory';
import { getUpstreamClient, resolveUpstream } from './openai';

/*
 * Which admin key the console itself uses, so /admin-keys can mark it and keep it from being
 * deleted by accident. The key never leaves the server: the page receives only key ids.
 */

const REMEMBER_MS = 5 * 60_000;
let remembered: { at: number; identity: ConsoleKeyIdentity } | null = null;

/**
 * The sandbox's own key has a fixed id. For a real organization, the listed keys are compared
 * (the directory's list, shared with the audit log) with OPENAI_ADMIN_KEY by the start and end
 * their redacted values show; a found answer is kept for a few minutes (the key does not change
 * while the server runs). When the list cannot be
 * read the answer is "not certain", and the page says so rather than guessing.
 */
export async function identifyConsoleKey(): Promise<ConsoleKeyIdentity> {
  if (getConfig().usesSandbox) return { ids: [SANDBOX_KEY_ID], certain: true };
  if (remembered && Date.now() - remembered.at < REMEMBER_MS) return remembered.identity;
  try {
    const client = await getUpstreamClient();
    const [{ adminKey }, keys] = await Promise.all([resolveUpstream(), adminKeyList(client)]);
    const ids = keysMatchingValue(adminKey, keys.value);
    const identity = { ids, certain: ids.length === 1 };
    if (ids.length > 0) remembered = { at: Date.now(), identity };
    return identity;
  } catch (err) {
    console.warn('admin keys: could not tell which key the console uses', err instanceof Error ? err.message : err);
    return { ids: [], certain: false };
  }
}
