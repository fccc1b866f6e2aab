import 'server-only';
import type { ConsoleErrorBody } from '@/lib/admin/errors';

// Admin data is never cached by browsers or intermediaries; secrets shown once depend on it.
const NO_STORE = { 'cache-control': 'no-store', 'content-type': 'application/json' };

export function jsonResponse(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...NO_STORE, ...extra } });
}

export function errorResponse(status: number, error: ConsoleErrorBody['error'], extra: Record<string, string> = {}): Response {
  return jsonResponse(status, { error }, extra);
}
