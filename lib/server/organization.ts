import 'server-only';
import { cache } from 'react';
import { getSandboxOrganization } from '../sandbox/seed';
import { getConfig } from './config';
import { getDb } from './db';

export interface OrganizationIdentity {
  name: string;
  sandbox: boolean;
}

/** The name shown in the shell: the sandbox's own, or OPENAI_ORGANIZATION_NAME for a real one. Once per request. */
export const getOrganizationIdentity = cache(async (): Promise<OrganizationIdentity> => {
  const config = getConfig();
  if (config.usesSandbox) {
    // The shell must still render (with its error boundary below it) when the sandbox is broken.
    const organization = await getSandboxOrganization(await getDb()).catch((err: unknown) => {
      console.error('sandbox organization unavailable', err instanceof Error ? err.message : err);
      return { name: 'Sandbox organization (unavailable)' };
    });
    return { name: organization.name, sandbox: true };
  }
  return { name: config.organizationName ?? 'OpenAI organization', sandbox: false };
});
