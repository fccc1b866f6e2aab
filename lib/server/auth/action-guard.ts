import 'server-only';
import { headers } from 'next/headers';
import { getConfig } from '../config';
import { crossOriginReason } from '../proxy/origin';

/**
 * Server actions get Next's own origin check, which compares Origin with the Host header; a
 * DNS-rebinding page controls both. Every action that changes something also checks the Origin
 * against the console's allowed origins. Returns what to tell the person, or null.
 */
export async function crossOriginActionProblem(): Promise<string | null> {
  const reason = crossOriginReason(await headers(), getConfig().allowedOrigins);
  return reason ? `This form must be sent from the console itself (${reason}). Open the console at its usual address and try again.` : null;
}
