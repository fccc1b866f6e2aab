import 'server-only';
import type { CascadeHooks } from '../cascade';
import type { HandlerTable } from '../handler';
import { adminKeyHandlers } from './keys-audit/admin-keys';
import { auditLogHandlers } from './keys-audit/audit-logs';
import { keysAuditCascadeHooks } from './keys-audit/cascade';

/** Admin API keys and the audit log. */
export const keysAuditHandlers: HandlerTable = { ...adminKeyHandlers, ...auditLogHandlers };

export const keysAuditCascade: CascadeHooks = keysAuditCascadeHooks;
