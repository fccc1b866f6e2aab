import 'server-only';
import type { HandlerTable } from '../handler';
import { accessHandlers } from './access';
import { keysAuditHandlers } from './keys-audit';
import { projectUserHandlers } from './project-users';
import { projectHandlers } from './projects';
import { settingsHandlers } from './settings';
import { trustHandlers } from './trust';
import { usageHandlers } from './usage';
import { userHandlers } from './users';

/** Every emulated operation, by registry name, one family per file. Operations missing here answer 501. */
export const HANDLERS: HandlerTable = {
  ...projectHandlers,
  ...userHandlers,
  ...projectUserHandlers,
  ...accessHandlers,
  ...trustHandlers,
  ...settingsHandlers,
  ...usageHandlers,
  ...keysAuditHandlers,
};
