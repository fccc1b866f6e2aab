import 'server-only';
import type { CascadeHooks } from '../cascade';
import type { HandlerTable } from '../handler';

/** Filled in by the trust work (issue 3). */
export const trustHandlers: HandlerTable = {};

export const trustCascade: CascadeHooks = {};
