import 'server-only';
import type { HandlerTable } from '../handler';
import { projectUserHandlers } from './project-users';
import { projectHandlers } from './projects';
import { userHandlers } from './users';

/** Every emulated operation, by registry name. Operations missing here answer 501. */
export const HANDLERS: HandlerTable = {
  ...projectHandlers,
  ...userHandlers,
  ...projectUserHandlers,
};
