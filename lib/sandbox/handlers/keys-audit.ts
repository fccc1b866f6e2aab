import 'server-only';
import type { CascadeHooks } from '../cascade';
import type { HandlerTable } from '../handler';

/** Filled in by the keys-audit work (issue 3). */
export const keysAuditHandlers: HandlerTable = {};

export const keysAuditCascade: CascadeHooks = {};
