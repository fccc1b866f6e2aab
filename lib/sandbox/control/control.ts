import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/server/db';
import { authenticate } from '../auth';
import { invalidRequest, SandboxError, serverError } from '../errors';
import { readJsonBody } from '../request';
import { errorResponse, jsonResponse, type ResponseMeta } from '../response';
import { SANDBOX_ORGANIZATION_ID } from '../seed-ids';
import { parseInput } from '../validation';
import { formatFault } from '../faults/shares';
import { addFaults, readFaultConfig, writeFaultConfig, type FaultConfig } from '../faults/setting';
import { FaultSpecError } from '../faults/spec';
import { resetSandbox } from './reset';

/**
 * The sandbox's control API, beside the Admin API it emulates (not part of it), for tests and
 * scripts; authenticated with the sandbox admin key like the API itself:
 *
 *   GET  /sandbox/control/faults   the faults applied to a share of requests, and where they come from
 *   POST /sandbox/control/faults   {"faults": "rate-limit:0.1,500:0.05"} sets them ("" = none),
 *                                  {"faults": null} goes back to SANDBOX_FAULTS,
 *                                  {"add": "503;path=/organization/invites;times=1:1"} adds to them
 *   POST /sandbox/control/reset    puts the organization back to its seed ({"preset": "large"} optional)
 */

type ControlAction = (db: Db, request: Request) => Promise<unknown>;

const setFaultsBody = z.union([
  z.object({ faults: z.string().max(2000).nullable() }).strict(),
  z.object({ add: z.string().min(1).max(2000) }).strict(),
]);
const resetBody = z.object({ preset: z.enum(['default', 'large']).optional() });

export function faultsObject(config: FaultConfig) {
  return {
    object: 'sandbox.faults',
    faults: config.text,
    source: config.source,
    rules: config.shares.map((s) => ({ fault: formatFault(s), share: s.share })),
  };
}

async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  const body = await readJsonBody(request);
  if (body === undefined) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalidRequest('The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

const ROUTES: Record<string, Partial<Record<string, ControlAction>>> = {
  faults: {
    GET: async (db) => faultsObject(await readFaultConfig(db, { fresh: true })),
    POST: async (db, request) => {
      const body = parseInput(setFaultsBody, await jsonBody(request));
      try {
        return faultsObject(await ('add' in body ? addFaults(db, body.add) : writeFaultConfig(db, body.faults)));
      } catch (error) {
        if (error instanceof FaultSpecError) throw invalidRequest(error.message, 'add' in body ? 'add' : 'faults');
        throw error;
      }
    },
  },
  reset: {
    POST: async (db, request) => {
      const { preset } = parseInput(resetBody, await jsonBody(request));
      const { organization, durationMs } = await resetSandbox(db, { preset });
      return {
        object: 'sandbox.reset',
        organization_id: organization.id,
        preset: organization.preset,
        base_time: organization.base_time,
        duration_ms: durationMs,
      };
    },
  },
};

/** Answers one control request; `action` is the path segment after /sandbox/control/. */
export async function handleSandboxControl(db: Db, request: Request, action: string): Promise<Response> {
  const meta: ResponseMeta = { startedAt: performance.now(), organizationId: SANDBOX_ORGANIZATION_ID };
  const method = request.method.toUpperCase();
  try {
    await authenticate(db, request.headers.get('authorization'));
    const routes = Object.hasOwn(ROUTES, action) ? ROUTES[action] : undefined;
    if (!routes) throw new SandboxError(404, `Invalid URL (${method} /sandbox/control/${action})`);
    const run = routes[method];
    if (!run) {
      throw new SandboxError(405, `Invalid method for URL (${method} /sandbox/control/${action})`, {
        headers: { allow: Object.keys(routes).join(', ') },
      });
    }
    return jsonResponse(200, await run(db, request), meta);
  } catch (error) {
    if (error instanceof SandboxError) return errorResponse(error, meta);
    console.error(`sandbox control: ${method} ${action} failed`, error);
    return errorResponse(serverError(), meta);
  }
}
