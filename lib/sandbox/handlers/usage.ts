import 'server-only';
import type { HandlerTable } from '../handler';

/** Filled in by the usage work (issue 3). */
export const usageHandlers: HandlerTable = {};
