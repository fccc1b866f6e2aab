import 'server-only';
import type { Certificate } from 'openai/resources/admin/organization/certificates';
import type { Invite } from 'openai/resources/admin/organization/invites';
import type { ProjectAPIKey } from 'openai/resources/admin/organization/projects/api-keys';
import type { ProjectServiceAccount } from 'openai/resources/admin/organization/projects/service-accounts/service-accounts';

/** The trust family's collections in sandbox_object (kind names others may read). */
export const TRUST_KIND = {
  /** Org scope; id `cert_…`; data: CertificateRecord (org-level `active` kept on it). */
  certificate: 'certificate',
  /** Scope: the project id; id: the certificate id; present while active in that project. */
  projectCertificate: 'project_certificate',
  /** Org scope; id `invite-…`; data: the Invite as stored (status may have expired since). */
  invite: 'invite',
  /** Scope: the project id; id `svc_acct_…`; data: the SDK's ProjectServiceAccount. */
  projectServiceAccount: 'project_service_account',
  /** Scope: the project id; id `key_…`; data: the SDK's ProjectAPIKey. */
  projectApiKey: 'project_api_key',
  /** Scope: the project id; id: the key id; data: the SHA-256 of the secret (keys made through the API only). */
  projectApiKeySecret: 'project_api_key_secret',
} as const;

export const TRUST_ID_PREFIX = {
  certificate: 'cert_',
  invite: 'invite-',
  serviceAccount: 'svc_acct_',
  apiKey: 'key_',
} as const;

/** A certificate as stored: what retrieve returns with its content, plus the org-level state. */
export interface CertificateRecord {
  id: string;
  object: 'certificate';
  name: string | null;
  created_at: number;
  certificate_details: { valid_at: number; expires_at: number; content: string };
  /** Active at the organization level. */
  active: boolean;
}

export interface ProjectCertificateActivation {
  certificate_id: string;
  activated_at: number;
}

export interface InviteObject extends Invite {
  expires_at: number;
  accepted_at: number | null;
}

export type ServiceAccountObject = ProjectServiceAccount;
export type ProjectApiKeyObject = ProjectAPIKey;
export type CertificateObject = Certificate;

export interface ApiKeySecretRecord {
  sha256: string;
}

/** How long an invite stays open (a guess: the API documents expiry but not its length). */
export const INVITE_LIFETIME_SECONDS = 7 * 86_400;

/** The API's limit on certificates per organization. */
export const MAX_CERTIFICATES = 50;
