import 'server-only';
import type { CascadeHooks } from '../cascade';
import type { HandlerTable } from '../handler';

/** Filled in by the settings work (issue 3). */
export const settingsHandlers: HandlerTable = {};

export const settingsCascade: CascadeHooks = {};
