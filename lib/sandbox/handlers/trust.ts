import 'server-only';
import type { HandlerTable } from '../handler';
import { apiKeyHandlers } from './trust/api-keys';
import { certificateActivationHandlers } from './trust/certificate-activation';
import { certificateHandlers } from './trust/certificates';
import { inviteHandlers } from './trust/invites';
import { serviceAccountHandlers } from './trust/service-accounts';

export { trustCascade } from './trust/cascade';

/** Certificates, invites, service accounts and project API keys. */
export const trustHandlers: HandlerTable = {
  ...certificateHandlers,
  ...certificateActivationHandlers,
  ...inviteHandlers,
  ...serviceAccountHandlers,
  ...apiKeyHandlers,
};
