import type { z } from 'zod';

/** Console roles, weakest first. A role may do everything the roles before it may. */
export const CONSOLE_ROLES = ['viewer', 'operator', 'admin'] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

export function roleAtLeast(role: ConsoleRole, minimum: ConsoleRole): boolean {
  return CONSOLE_ROLES.indexOf(role) >= CONSOLE_ROLES.indexOf(minimum);
}

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

/**
 * One Admin API operation. The registry (operations.ts) holds one of these for each
 * method + path the console can call; the proxy, the sandbox and the tests all read it.
 */
export interface OperationDef {
  /** Stable name, after the SDK's resource path under `client.admin.organization`, e.g. `projects.users.create`. */
  name: string;
  method: HttpMethod;
  /** Path template relative to the API base URL, with `{param}` placeholders, e.g. `/organization/projects/{project_id}`. */
  path: string;
  /** The weakest console role that may call it. */
  role: ConsoleRole;
  /** True when the call changes the organization (journaled, Origin-checked, never retried). */
  mutates: boolean;
  /** What it does, in words, for the journal and error messages ("Create a project"). */
  summary: string;
  /** Query parameters; values arrive as strings (arrays for repeated keys), so use z.coerce where needed. */
  query?: z.ZodType;
  /** JSON body. */
  body?: z.ZodType;
  /** The response carries a secret that is shown once (service-account key, new admin key). */
  returnsSecret?: boolean;
  /**
   * For operations whose power depends on what is asked (making someone an owner), the role the
   * validated body needs; undefined means `role` is enough.
   */
  roleForBody?: (body: unknown) => ConsoleRole | undefined;
  /**
   * The most destructive operations need a recent sign-in or password confirmation
   * (FRESH_SIGN_IN_MINUTES): true, or decided by the validated body.
   */
  freshSignIn?: true | ((body: unknown) => boolean);
}

/** Whether this call, with this validated body, needs a recent sign-in. */
export function needsFreshSignIn(operation: Pick<OperationDef, 'freshSignIn'>, body: unknown): boolean {
  const rule = operation.freshSignIn;
  return rule === true || (typeof rule === 'function' && rule(body));
}
