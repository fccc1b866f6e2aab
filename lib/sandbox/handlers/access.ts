import 'server-only';
import type { CascadeHooks } from '../cascade';
import type { HandlerTable } from '../handler';

/** Filled in by the access work (issue 3). */
export const accessHandlers: HandlerTable = {};

export const accessCascade: CascadeHooks = {};
