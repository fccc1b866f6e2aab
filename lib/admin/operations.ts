import { z } from 'zod';
import {
  nameString,
  permissionNameSchema,
  projectNameSchema,
  roleDescriptionSchema,
  roleNameSchema,
  spendAlertBodySchema,
  spendLimitBodySchema,
} from './fields';

import type { ConsoleRole, OperationDef } from './operation';

/*
 * The operation registry: one row per `METHOD path` of the Admin API (see
 * endpoints-in-openapi.txt). Names follow the SDK (`client.admin.organization.<name>`), schemas
 * follow openapi-admin.json, except where the text specifications say otherwise (noted inline).
 */

// ---------------------------------------------------------------------------------------------
// Shared query-parameter helpers. Query values arrive as strings (string arrays for repeated
// keys), so every helper accepts the string form and normalises it.
// ---------------------------------------------------------------------------------------------

/** An integer query parameter; rejects '' (which plain z.coerce.number() would turn into 0). */
export function intParam(min?: number, max?: number) {
  let schema = z.coerce.number().int();
  if (min !== undefined) schema = schema.min(min);
  if (max !== undefined) schema = schema.max(max);
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema,
  );
}

/** A boolean query parameter: 'true' / 'false' (or a real boolean). Never z.coerce.boolean(). */
export const booleanParam = z.union([
  z.boolean(),
  z.enum(['true', 'false']).transform((value) => value === 'true'),
]);

/** A repeated query parameter: one value or several, always normalised to an array. */
export function arrayParam<T extends z.ZodType>(item: T) {
  return z.union([z.array(item), item.transform((value) => [value])]);
}

/** An object id (in a body or a cursor): no whitespace, nothing exotic. */
const id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'Not a valid id');

/** A pagination cursor (`after` / `before`): an object id or an opaque token from the last page. */
const cursorToken = z.string().min(1).max(1024);

/** A free-text filter value such as a model name. */
const filterString = z.string().min(1).max(256);

const order = z.enum(['asc', 'desc']);

/** Cursor pagination: `limit` (1..max, default 20 unless noted) and `after`. */
const cursor = (maxLimit = 100) => ({
  limit: intParam(1, maxLimit).optional(),
  after: cursorToken.optional(),
});

/** The common list query: `limit` 1..100 and `after`. */
const cursorQuery = z.object(cursor()).strict();

/**
 * Role and group lists document `limit` 0..1000 (organization and project role lists default to
 * 1000); the console asks for at least one.
 */
const roleListQuery = z.object({ ...cursor(1000), order: order.optional() }).strict();

/** Spend alert lists: `limit` 0..100 in the spec (at least 1 here), both cursors, `order`. */
const spendAlertListQuery = z
  .object({ ...cursor(100), before: cursorToken.optional(), order: order.optional() })
  .strict();

/** Certificate lists: `limit` 1..100, `after`, `order` (default desc). */
const certificateListQuery = z.object({ ...cursor(100), order: order.optional() }).strict();

// Usage and costs (page-token pagination).
const USAGE_BUCKET_WIDTHS = ['1m', '1h', '1d'] as const;

/**
 * The query of one usage endpoint: `start_time` (required), `end_time`, `bucket_width`, `limit`,
 * `page`, `group_by` (the endpoint's own fields) and its filters.
 *
 * `limit` is the number of buckets per page and its maximum depends on `bucket_width`:
 * 1d: default 7, max 31; 1h: default 24, max 168; 1m: default 60, max 1440.
 * Only the overall range 1..1440 is enforced here; the API rejects the rest.
 */
function usageQuery(
  groupBy: readonly [string, ...string[]],
  filters: Record<string, z.ZodType> = {},
) {
  return z
    .object({
      start_time: intParam(0),
      end_time: intParam(0).optional(),
      bucket_width: z.enum(USAGE_BUCKET_WIDTHS).optional(),
      limit: intParam(1, 1440).optional(),
      page: z.string().min(1).max(1024).optional(),
      group_by: arrayParam(z.enum(groupBy)).optional(),
      project_ids: arrayParam(id).optional(),
      ...filters,
    })
    .strict();
}

/** Filters shared by most usage endpoints. */
const usageActorFilters = {
  user_ids: arrayParam(id).optional(),
  api_key_ids: arrayParam(id).optional(),
};
const modelsFilter = { models: arrayParam(filterString).optional() };
const ACTOR_MODEL_GROUP_BY = ['project_id', 'user_id', 'api_key_id', 'model'] as const;

/** Costs: only `1d` buckets; `limit` 1..180 (default 7). */
const costsQuery = z
  .object({
    start_time: intParam(0),
    end_time: intParam(0).optional(),
    bucket_width: z.enum(['1d']).optional(),
    limit: intParam(1, 180).optional(),
    page: z.string().min(1).max(1024).optional(),
    group_by: arrayParam(z.enum(['project_id', 'line_item', 'api_key_id'])).optional(),
    project_ids: arrayParam(id).optional(),
    api_key_ids: arrayParam(id).optional(),
  })
  .strict();

/** Audit log event types (openapi-admin.json AuditLogEventType, a superset of the text spec's list). */
// prettier-ignore
export const AUDIT_LOG_EVENT_TYPES = [
  'api_key.created', 'api_key.updated', 'api_key.deleted', 'certificate.created',
  'certificate.updated', 'certificate.deleted', 'certificates.activated',
  'certificates.deactivated', 'checkpoint.permission.created', 'checkpoint.permission.deleted',
  'external_key.registered', 'external_key.removed', 'group.created', 'group.updated',
  'group.deleted', 'invite.sent', 'invite.accepted', 'invite.deleted', 'ip_allowlist.created',
  'ip_allowlist.updated', 'ip_allowlist.deleted', 'ip_allowlist.config.activated',
  'ip_allowlist.config.deactivated', 'login.succeeded', 'login.failed', 'logout.succeeded',
  'logout.failed', 'organization.updated', 'project.created', 'project.updated',
  'project.archived', 'project.deleted', 'rate_limit.updated', 'rate_limit.deleted',
  'resource.deleted', 'tunnel.created', 'tunnel.updated', 'tunnel.deleted',
  'workload_identity_provider.created', 'workload_identity_provider.updated',
  'workload_identity_provider.deleted', 'workload_identity_provider_mapping.created',
  'workload_identity_provider_mapping.updated', 'workload_identity_provider_mapping.deleted',
  'role.created', 'role.updated', 'role.deleted', 'role.assignment.created',
  'role.assignment.deleted', 'role.bound_to_resource', 'role.unbound_from_resource',
  'scim.enabled', 'scim.disabled', 'service_account.created', 'service_account.updated',
  'service_account.deleted', 'user.added', 'user.updated', 'user.deleted',
  'tenant.metadata.updated', 'tenant.microsoft_entra_mapping.upserted',
  'tenant.microsoft_entra_mapping.deleted', 'tenant.workload_identity.provider.created',
  'tenant.workload_identity.provider.updated', 'tenant.workload_identity.provider.archived',
  'tenant.workload_identity.mapping.created', 'tenant.workload_identity.mapping.updated',
  'tenant.workload_identity.mapping.archived', 'tenant.workload_identity.binding.created',
  'tenant.workload_identity.principal.provisioned', 'tenant.workload_identity.access_token.issued',
  'tenant.admin_api_key.created', 'tenant.admin_api_key.updated', 'tenant.admin_api_key.deleted',
  'tenant.project_api_key.created', 'tenant.chatgpt_access_token.revoked',
  'tenant.migration.completed', 'tenant.sso.migrated', 'tenant.domains.migrated',
  'tenant.sso_connection.created', 'tenant.sso_connection.updated',
  'tenant.sso_connection.deleted', 'tenant.sso_connection.setup.started', 'tenant.policy.created',
  'tenant.policy.updated', 'tenant.policy.deleted', 'tenant.policy.attached',
  'tenant.policy.detached', 'tenant.principal_authentication_policy.resolved',
  'tenant.scim.setup.started', 'tenant.scim.deletion.requested', 'tenant.scim.directory.created',
  'tenant.product_access_policy.updated', 'tenant.resource_share_grant.created',
  'tenant.resource_share_grant.updated', 'tenant.resource_share_grant.accepted',
  'tenant.resource_share_grant.declined', 'tenant.resource_share_grant.revoked',
  'tenant.resource_share_grant.deleted', 'tenant.service_account.updated',
  'tenant.service_account.deleted', 'tenant.service_account.token.revoked',
  'tenant.billing.overage_limit.updated', 'tenant.billing.alerts.updated',
  'tenant.billing.info.updated', 'tenant.usage_limit.workspace.updated',
  'tenant.usage_limit.group.updated', 'tenant.usage_limit.user.updated',
  'tenant.usage_limit.increase_request.updated', 'tenant.usage_limit.increase_request.resolved',
  'tenant.group.created', 'tenant.group.updated', 'tenant.group.deleted',
  'tenant.group.member.added', 'tenant.group.member.removed',
  'tenant.migration_rollout.status.updated', 'tenant.migration_rollout.tier.updated',
  'tenant.role.metadata.updated', 'tenant.custom_role.created', 'tenant.custom_role.updated',
  'tenant.custom_role.deleted', 'tenant.role_assignment.created', 'tenant.role_assignment.deleted',
  'tenant.resource_role_assignment.created', 'tenant.resource_role_assignment.deleted',
  'tenant.resource_access.updated', 'tenant.resource_access.deleted',
  'tenant.ads_account.onboarding.redemption', 'tenant.session_policy.created',
  'tenant.session_policy.updated', 'tenant.session_policy.deleted',
  'tenant.session_revocation.started', 'tenant.third_party_app_policy.updated',
  'tenant.user.added', 'tenant.user.updated', 'tenant.user.removed', 'tenant.user.looked_up',
  'tenant.user.invited', 'tenant.membership.revoked', 'tenant.api_organization_invite.upserted',
  'tenant.api_organization_invite.deleted', 'tenant.chatgpt_workspace_invite.upserted',
  'tenant.membership.accepted', 'tenant.membership.declined',
  'tenant.workspace_invite_email_settings.updated',
] as const;

/** Audit logs: every filter the API has; `effective_at` bounds use the API's bracketed keys. */
const auditLogQuery = z
  .object({
    'effective_at[gt]': intParam(0).optional(),
    'effective_at[gte]': intParam(0).optional(),
    'effective_at[lt]': intParam(0).optional(),
    'effective_at[lte]': intParam(0).optional(),
    project_ids: arrayParam(id).optional(),
    event_types: arrayParam(z.enum(AUDIT_LOG_EVENT_TYPES)).optional(),
    actor_ids: arrayParam(id).optional(),
    actor_emails: arrayParam(z.email()).optional(),
    resource_ids: arrayParam(filterString).optional(),
    tenant_only: booleanParam.optional(),
    limit: intParam(1, 100).optional(),
    after: cursorToken.optional(),
    before: cursorToken.optional(),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Shared body schemas.
// ---------------------------------------------------------------------------------------------

/** Update bodies whose fields are all optional must still change something. */
function atLeastOneField<T extends z.ZodObject>(schema: T) {
  return schema.refine(
    (value) => Object.values(value).some((field) => field !== undefined),
    'Provide at least one field to change',
  );
}

/** Assign a role to a user or group (organization or project level). */
const roleAssignmentBody = z.object({ role_id: id }).strict();

/** Activate or deactivate 1..10 certificates at once. */
const certificateIdsBody = z.object({ certificate_ids: z.array(id).min(1).max(10) }).strict();

const permissionList = z.array(permissionNameSchema);

/** Create a custom role (organization or project). */
const roleCreateBody = z
  .object({
    role_name: roleNameSchema,
    permissions: permissionList,
    description: roleDescriptionSchema.nullish(),
  })
  .strict();

/**
 * Update a custom role (organization or project). Every field is optional and, as the spec
 * (PublicUpdateOrganizationRoleBody) allows, an empty body is accepted: it changes nothing.
 */
const roleUpdateBody = z
  .object({
    role_name: roleNameSchema.nullish(),
    permissions: permissionList.nullish(),
    description: roleDescriptionSchema.nullish(),
  })
  .strict();

/** Create or replace a spend alert (the same body for create and update); shared with the forms. */
const spendAlertBody = spendAlertBodySchema;

/** Create or replace a hard spend limit (organization or project); shared with the forms. */
const spendLimitBody = spendLimitBodySchema;

/** Organization data retention types; projects also accept `organization_default` and `none`. */
const ORG_RETENTION_TYPES = [
  'zero_data_retention',
  'modified_abuse_monitoring',
  'enhanced_zero_data_retention',
  'enhanced_modified_abuse_monitoring',
] as const;

const hostedToolPermission = z.object({ enabled: z.boolean() }).strict().nullish();

const PROJECT_MEMBER_ROLES = ['owner', 'member'] as const;

/** Rate limit fields: non-negative integers. */
const rateLimitValue = z.number().int().min(0).optional();

// Project bodies. The text specification names `geography` (a free string) where
// openapi-admin.json has a `residency` enum; the text spec and the SDK win.
const projectCreateBody = z
  .object({
    name: projectNameSchema,
    external_key_id: z.string().min(1).max(256).nullish(),
    geography: z.string().min(1).max(64).nullish(),
  })
  .strict();

const projectUpdateBody = atLeastOneField(
  z
    .object({
      name: projectNameSchema.nullish(),
      external_key_id: z.string().min(1).max(256).nullish(),
      geography: z.string().min(1).max(64).nullish(),
    })
    .strict(),
);

// ---------------------------------------------------------------------------------------------
// Row builders: GET rows are read-only and open to viewers; POST and DELETE rows mutate.
// ---------------------------------------------------------------------------------------------

function get(name: string, path: string, summary: string, query?: z.ZodType): OperationDef {
  return {
    name,
    method: 'GET',
    path,
    role: 'viewer',
    mutates: false,
    summary,
    ...(query ? { query } : {}),
  };
}

function post(
  name: string,
  path: string,
  role: ConsoleRole,
  summary: string,
  body?: z.ZodType,
  options: Pick<OperationDef, 'returnsSecret' | 'roleForBody' | 'freshSignIn'> = {},
): OperationDef {
  return {
    name,
    method: 'POST',
    path,
    role,
    mutates: true,
    summary,
    ...(body ? { body } : {}),
    ...options,
  };
}

function del(name: string, path: string, role: ConsoleRole, summary: string, options: Pick<OperationDef, 'freshSignIn'> = {}): OperationDef {
  return { name, method: 'DELETE', path, role, mutates: true, summary, ...options };
}

/**
 * The most destructive operations ask for a recent sign-in (SECURITY.md; the proxy enforces it).
 * Removing someone from the organization always does: whether they are an owner is not known
 * without a read, and the removal cannot be undone. A change of organization role does too: it
 * may take an owner's rights away (or give them).
 */
const FRESH = { freshSignIn: true } as const;
const changesOrganizationRole = (body: unknown) =>
  !!body && typeof body === 'object' && ((body as { role?: unknown }).role != null || (body as { role_id?: unknown }).role_id != null);

/**
 * Granting owner rights (organization owner, project owner) or an arbitrary role id is an admin's
 * decision even on operations operators may otherwise use: an owner can mint admin keys upstream.
 */
function grantsOwner(body: unknown): boolean {
  if (!body || typeof body !== 'object') return false;
  const { role, role_id, projects } = body as { role?: unknown; role_id?: unknown; projects?: unknown };
  if (role === 'owner' || (typeof role_id === 'string' && role_id !== '')) return true;
  return Array.isArray(projects) && projects.some((p) => (p as { role?: unknown })?.role === 'owner');
}
const ownerGrantsNeedAdmin = { roleForBody: (body: unknown) => (grantsOwner(body) ? ('admin' as const) : undefined) };

const ORG = '/organization';
const PROJECT = '/organization/projects/{project_id}';

// ---------------------------------------------------------------------------------------------
// The registry.
// ---------------------------------------------------------------------------------------------

export const OPERATIONS: readonly OperationDef[] = Object.freeze([
  // Audit logs
  get('auditLogs.list', `${ORG}/audit_logs`, 'List audit log events', auditLogQuery),

  // Admin API keys (the new key's value is returned once)
  get(
    'adminAPIKeys.list',
    `${ORG}/admin_api_keys`,
    'List admin API keys',
    z.object({ ...cursor(100), order: order.optional() }).strict(),
  ),
  post(
    'adminAPIKeys.create',
    `${ORG}/admin_api_keys`,
    'admin',
    'Create an admin API key',
    z
      .object({
        name: nameString(),
        expires_in_seconds: z.number().int().min(1).max(31_536_000).optional(),
      })
      .strict(),
    { returnsSecret: true },
  ),
  get('adminAPIKeys.retrieve', `${ORG}/admin_api_keys/{key_id}`, 'Retrieve an admin API key'),
  del('adminAPIKeys.delete', `${ORG}/admin_api_keys/{key_id}`, 'admin', 'Delete an admin API key', FRESH),

  // Usage (page-token pagination, one row per usage type)
  get(
    'usage.audioSpeeches',
    `${ORG}/usage/audio_speeches`,
    'Get audio speeches usage',
    usageQuery(ACTOR_MODEL_GROUP_BY, { ...usageActorFilters, ...modelsFilter }),
  ),
  get(
    'usage.audioTranscriptions',
    `${ORG}/usage/audio_transcriptions`,
    'Get audio transcriptions usage',
    usageQuery(ACTOR_MODEL_GROUP_BY, { ...usageActorFilters, ...modelsFilter }),
  ),
  get(
    'usage.codeInterpreterSessions',
    `${ORG}/usage/code_interpreter_sessions`,
    'Get code interpreter sessions usage',
    usageQuery(['project_id']),
  ),
  get(
    'usage.completions',
    `${ORG}/usage/completions`,
    'Get completions usage',
    usageQuery([...ACTOR_MODEL_GROUP_BY, 'batch', 'service_tier'], {
      ...usageActorFilters,
      ...modelsFilter,
      batch: booleanParam.optional(),
    }),
  ),
  get(
    'usage.embeddings',
    `${ORG}/usage/embeddings`,
    'Get embeddings usage',
    usageQuery(ACTOR_MODEL_GROUP_BY, { ...usageActorFilters, ...modelsFilter }),
  ),
  get(
    'usage.fileSearchCalls',
    `${ORG}/usage/file_search_calls`,
    'Get file search calls usage',
    usageQuery(['project_id', 'user_id', 'api_key_id', 'vector_store_id'], {
      ...usageActorFilters,
      vector_store_ids: arrayParam(id).optional(),
    }),
  ),
  get(
    'usage.images',
    `${ORG}/usage/images`,
    'Get images usage',
    usageQuery([...ACTOR_MODEL_GROUP_BY, 'size', 'source'], {
      ...usageActorFilters,
      ...modelsFilter,
      sources: arrayParam(z.enum(['image.generation', 'image.edit', 'image.variation'])).optional(),
      sizes: arrayParam(
        z.enum(['256x256', '512x512', '1024x1024', '1792x1792', '1024x1792']),
      ).optional(),
    }),
  ),
  get(
    'usage.moderations',
    `${ORG}/usage/moderations`,
    'Get moderations usage',
    usageQuery(ACTOR_MODEL_GROUP_BY, { ...usageActorFilters, ...modelsFilter }),
  ),
  get(
    'usage.vectorStores',
    `${ORG}/usage/vector_stores`,
    'Get vector stores usage',
    usageQuery(['project_id']),
  ),
  get(
    'usage.webSearchCalls',
    `${ORG}/usage/web_search_calls`,
    'Get web search calls usage',
    usageQuery([...ACTOR_MODEL_GROUP_BY, 'context_level'], {
      ...usageActorFilters,
      ...modelsFilter,
      context_levels: arrayParam(z.enum(['low', 'medium', 'high'])).optional(),
    }),
  ),
  get('usage.costs', `${ORG}/costs`, 'Get costs', costsQuery),

  // Invites
  get('invites.list', `${ORG}/invites`, 'List invites', cursorQuery),
  post(
    'invites.create',
    `${ORG}/invites`,
    'operator',
    'Invite a user to the organization',
    z
      .object({
        email: z.email(),
        role: z.enum(['reader', 'owner']),
        projects: z.array(z.object({ id, role: z.enum(PROJECT_MEMBER_ROLES) }).strict()).optional(),
      })
      .strict(),
    ownerGrantsNeedAdmin,
  ),
  get('invites.retrieve', `${ORG}/invites/{invite_id}`, 'Retrieve an invite'),
  del('invites.delete', `${ORG}/invites/{invite_id}`, 'operator', 'Delete an invite'),

  // Organization users
  get(
    'users.list',
    `${ORG}/users`,
    'List organization users',
    z.object({ ...cursor(100), emails: arrayParam(z.email()).optional() }).strict(),
  ),
  get('users.retrieve', `${ORG}/users/{user_id}`, 'Retrieve an organization user'),
  post(
    'users.update',
    `${ORG}/users/{user_id}`,
    'operator',
    "Change a user's organization role",
    atLeastOneField(
      z
        .object({
          role: z.enum(['owner', 'reader']).nullish(),
          role_id: id.nullish(),
          technical_level: z.string().max(256).nullish(),
          developer_persona: z.string().max(256).nullish(),
        })
        .strict(),
    ),
    { ...ownerGrantsNeedAdmin, freshSignIn: changesOrganizationRole },
  ),
  del('users.delete', `${ORG}/users/{user_id}`, 'operator', 'Remove a user from the organization', FRESH),

  // Organization role assignments of users
  get(
    'users.roles.list',
    `${ORG}/users/{user_id}/roles`,
    "List a user's organization roles",
    roleListQuery,
  ),
  post(
    'users.roles.create',
    `${ORG}/users/{user_id}/roles`,
    'admin',
    'Assign an organization role to a user',
    roleAssignmentBody,
  ),
  get(
    'users.roles.retrieve',
    `${ORG}/users/{user_id}/roles/{role_id}`,
    "Retrieve a user's organization role",
  ),
  del(
    'users.roles.delete',
    `${ORG}/users/{user_id}/roles/{role_id}`,
    'admin',
    'Unassign an organization role from a user',
  ),

  // Groups
  get(
    'groups.list',
    `${ORG}/groups`,
    'List groups',
    z.object({ ...cursor(1000), order: order.optional() }).strict(),
  ),
  post(
    'groups.create',
    `${ORG}/groups`,
    'operator',
    'Create a group',
    z.object({ name: nameString(255) }).strict(),
  ),
  get('groups.retrieve', `${ORG}/groups/{group_id}`, 'Retrieve a group'),
  post(
    'groups.update',
    `${ORG}/groups/{group_id}`,
    'operator',
    'Rename a group',
    z.object({ name: nameString(255) }).strict(),
  ),
  del('groups.delete', `${ORG}/groups/{group_id}`, 'operator', 'Delete a group'),

  // Group members
  get(
    'groups.users.list',
    `${ORG}/groups/{group_id}/users`,
    'List the users in a group',
    z.object({ ...cursor(1000), order: order.optional() }).strict(),
  ),
  post(
    'groups.users.create',
    `${ORG}/groups/{group_id}/users`,
    'operator',
    'Add a user to a group',
    z.object({ user_id: id }).strict(),
  ),
  get(
    'groups.users.retrieve',
    `${ORG}/groups/{group_id}/users/{user_id}`,
    'Retrieve a group member',
  ),
  del(
    'groups.users.delete',
    `${ORG}/groups/{group_id}/users/{user_id}`,
    'operator',
    'Remove a user from a group',
  ),

  // Organization role assignments of groups
  get(
    'groups.roles.list',
    `${ORG}/groups/{group_id}/roles`,
    "List a group's organization roles",
    roleListQuery,
  ),
  post(
    'groups.roles.create',
    `${ORG}/groups/{group_id}/roles`,
    'admin',
    'Assign an organization role to a group',
    roleAssignmentBody,
  ),
  get(
    'groups.roles.retrieve',
    `${ORG}/groups/{group_id}/roles/{role_id}`,
    "Retrieve a group's organization role",
  ),
  del(
    'groups.roles.delete',
    `${ORG}/groups/{group_id}/roles/{role_id}`,
    'admin',
    'Unassign an organization role from a group',
  ),

  // Organization roles
  get('roles.list', `${ORG}/roles`, 'List organization roles', roleListQuery),
  post('roles.create', `${ORG}/roles`, 'admin', 'Create an organization role', roleCreateBody),
  get('roles.retrieve', `${ORG}/roles/{role_id}`, 'Retrieve an organization role'),
  post(
    'roles.update',
    `${ORG}/roles/{role_id}`,
    'admin',
    'Update an organization role',
    roleUpdateBody,
  ),
  del('roles.delete', `${ORG}/roles/{role_id}`, 'admin', 'Delete an organization role'),

  // Organization data retention
  get('dataRetention.retrieve', `${ORG}/data_retention`, 'Get organization data retention'),
  post(
    'dataRetention.update',
    `${ORG}/data_retention`,
    'admin',
    'Update organization data retention',
    z.object({ retention_type: z.enum(ORG_RETENTION_TYPES) }).strict(),
  ),

  // Organization spend limit
  get('spendLimit.retrieve', `${ORG}/spend_limit`, 'Get the organization spend limit'),
  post(
    'spendLimit.update',
    `${ORG}/spend_limit`,
    'admin',
    'Set the organization spend limit',
    spendLimitBody,
  ),
  del('spendLimit.delete', `${ORG}/spend_limit`, 'admin', 'Remove the organization spend limit'),

  // Organization spend alerts
  get(
    'spendAlerts.list',
    `${ORG}/spend_alerts`,
    'List organization spend alerts',
    spendAlertListQuery,
  ),
  post(
    'spendAlerts.create',
    `${ORG}/spend_alerts`,
    'admin',
    'Create an organization spend alert',
    spendAlertBody,
  ),
  get(
    'spendAlerts.retrieve',
    `${ORG}/spend_alerts/{alert_id}`,
    'Retrieve an organization spend alert',
  ),
  post(
    'spendAlerts.update',
    `${ORG}/spend_alerts/{alert_id}`,
    'admin',
    'Update an organization spend alert',
    spendAlertBody,
  ),
  del(
    'spendAlerts.delete',
    `${ORG}/spend_alerts/{alert_id}`,
    'admin',
    'Delete an organization spend alert',
  ),

  // Organization certificates
  get(
    'certificates.list',
    `${ORG}/certificates`,
    'List organization certificates',
    certificateListQuery,
  ),
  post(
    'certificates.create',
    `${ORG}/certificates`,
    'admin',
    'Upload a certificate',
    z
      .object({
        certificate: z.string().trim().min(1).max(65_536),
        name: nameString().optional(),
      })
      .strict(),
  ),
  post(
    'certificates.activate',
    `${ORG}/certificates/activate`,
    'admin',
    'Activate certificates for the organization',
    certificateIdsBody,
  ),
  post(
    'certificates.deactivate',
    `${ORG}/certificates/deactivate`,
    'admin',
    'Deactivate certificates for the organization',
    certificateIdsBody,
  ),
  get(
    'certificates.retrieve',
    `${ORG}/certificates/{certificate_id}`,
    'Retrieve a certificate',
    z.object({ include: arrayParam(z.enum(['content'])).optional() }).strict(),
  ),
  post(
    'certificates.update',
    `${ORG}/certificates/{certificate_id}`,
    'admin',
    'Rename a certificate',
    atLeastOneField(z.object({ name: nameString().optional() }).strict()),
  ),
  del(
    'certificates.delete',
    `${ORG}/certificates/{certificate_id}`,
    'admin',
    'Delete a certificate',
    FRESH,
  ),

  // Projects
  get(
    'projects.list',
    `${ORG}/projects`,
    'List projects',
    z.object({ ...cursor(100), include_archived: booleanParam.optional() }).strict(),
  ),
  post('projects.create', `${ORG}/projects`, 'operator', 'Create a project', projectCreateBody),
  get('projects.retrieve', PROJECT, 'Retrieve a project'),
  post('projects.update', PROJECT, 'operator', 'Update a project', projectUpdateBody),
  post('projects.archive', `${PROJECT}/archive`, 'operator', 'Archive a project'),

  // Project users
  get('projects.users.list', `${PROJECT}/users`, 'List project users', cursorQuery),
  post(
    'projects.users.create',
    `${PROJECT}/users`,
    'operator',
    'Add a user to a project',
    z
      .object({
        role: z.enum(PROJECT_MEMBER_ROLES),
        user_id: id.nullish(),
        email: z.email().nullish(),
      })
      .strict()
      .refine((body) => Boolean(body.user_id ?? body.email), 'Give user_id or email'),
    ownerGrantsNeedAdmin,
  ),
  get('projects.users.retrieve', `${PROJECT}/users/{user_id}`, 'Retrieve a project user'),
  post(
    'projects.users.update',
    `${PROJECT}/users/{user_id}`,
    'operator',
    "Change a user's project role",
    atLeastOneField(z.object({ role: z.enum(PROJECT_MEMBER_ROLES).nullish() }).strict()),
    ownerGrantsNeedAdmin,
  ),
  del(
    'projects.users.delete',
    `${PROJECT}/users/{user_id}`,
    'operator',
    'Remove a user from a project',
  ),

  // Project role assignments of users
  get(
    'projects.users.roles.list',
    '/projects/{project_id}/users/{user_id}/roles',
    "List a user's project roles",
    roleListQuery,
  ),
  post(
    'projects.users.roles.create',
    '/projects/{project_id}/users/{user_id}/roles',
    'admin',
    'Assign a project role to a user',
    roleAssignmentBody,
  ),
  get(
    'projects.users.roles.retrieve',
    '/projects/{project_id}/users/{user_id}/roles/{role_id}',
    "Retrieve a user's project role",
  ),
  del(
    'projects.users.roles.delete',
    '/projects/{project_id}/users/{user_id}/roles/{role_id}',
    'admin',
    'Unassign a project role from a user',
  ),

  // Project groups
  get(
    'projects.groups.list',
    `${PROJECT}/groups`,
    'List the groups of a project',
    z.object({ ...cursor(100), order: order.optional() }).strict(),
  ),
  post(
    'projects.groups.create',
    `${PROJECT}/groups`,
    'operator',
    'Give a group access to a project',
    z.object({ group_id: id, role: id }).strict(),
  ),
  get(
    'projects.groups.retrieve',
    `${PROJECT}/groups/{group_id}`,
    'Retrieve a project group',
    z.object({ group_type: z.enum(['group', 'tenant_group']).optional() }).strict(),
  ),
  del(
    'projects.groups.delete',
    `${PROJECT}/groups/{group_id}`,
    'operator',
    "Revoke a group's access to a project",
  ),

  // Project role assignments of groups
  get(
    'projects.groups.roles.list',
    '/projects/{project_id}/groups/{group_id}/roles',
    "List a group's project roles",
    roleListQuery,
  ),
  post(
    'projects.groups.roles.create',
    '/projects/{project_id}/groups/{group_id}/roles',
    'admin',
    'Assign a project role to a group',
    roleAssignmentBody,
  ),
  get(
    'projects.groups.roles.retrieve',
    '/projects/{project_id}/groups/{group_id}/roles/{role_id}',
    "Retrieve a group's project role",
  ),
  del(
    'projects.groups.roles.delete',
    '/projects/{project_id}/groups/{group_id}/roles/{role_id}',
    'admin',
    'Unassign a project role from a group',
  ),

  // Project roles
  get('projects.roles.list', '/projects/{project_id}/roles', 'List project roles', roleListQuery),
  post(
    'projects.roles.create',
    '/projects/{project_id}/roles',
    'admin',
    'Create a project role',
    roleCreateBody,
  ),
  get(
    'projects.roles.retrieve',
    '/projects/{project_id}/roles/{role_id}',
    'Retrieve a project role',
  ),
  post(
    'projects.roles.update',
    '/projects/{project_id}/roles/{role_id}',
    'admin',
    'Update a project role',
    roleUpdateBody,
  ),
  del(
    'projects.roles.delete',
    '/projects/{project_id}/roles/{role_id}',
    'admin',
    'Delete a project role',
  ),

  // Project service accounts (creating one returns its API key once)
  get(
    'projects.serviceAccounts.list',
    `${PROJECT}/service_accounts`,
    'List project service accounts',
    cursorQuery,
  ),
  post(
    'projects.serviceAccounts.create',
    `${PROJECT}/service_accounts`,
    'admin',
    'Create a service account',
    z.object({ name: nameString(), create_service_account_only: z.boolean().nullish() }).strict(),
    { returnsSecret: true },
  ),
  get(
    'projects.serviceAccounts.retrieve',
    `${PROJECT}/service_accounts/{service_account_id}`,
    'Retrieve a service account',
  ),
  post(
    'projects.serviceAccounts.update',
    `${PROJECT}/service_accounts/{service_account_id}`,
    'admin',
    'Update a service account',
    atLeastOneField(
      z
        .object({ name: nameString().optional(), role: z.enum(['member', 'owner']).optional() })
        .strict(),
    ),
  ),
  del(
    'projects.serviceAccounts.delete',
    `${PROJECT}/service_accounts/{service_account_id}`,
    'admin',
    'Delete a service account',
  ),
  // The body is optional upstream; an empty object is accepted.
  post(
    'projects.serviceAccounts.apiKeys.create',
    `${PROJECT}/service_accounts/{service_account_id}/api_keys`,
    'admin',
    'Create an API key for a service account',
    z
      .object({
        name: nameString().optional(),
        scopes: z.array(z.string().trim().min(1).max(256)).optional(),
      })
      .strict(),
    { returnsSecret: true },
  ),

  // Project API keys
  get(
    'projects.apiKeys.list',
    `${PROJECT}/api_keys`,
    'List project API keys',
    z
      .object({
        ...cursor(100),
        owner_project_access: z.enum(['active', 'inactive', 'any']).optional(),
      })
      .strict(),
  ),
  get(
    'projects.apiKeys.retrieve',
    `${PROJECT}/api_keys/{api_key_id}`,
    'Retrieve a project API key',
  ),
  del(
    'projects.apiKeys.delete',
    `${PROJECT}/api_keys/{api_key_id}`,
    'admin',
    'Delete a project API key',
    FRESH,
  ),

  // Project rate limits (SDK method names as published)
  get(
    'projects.rateLimits.listRateLimits',
    `${PROJECT}/rate_limits`,
    'List project rate limits',
    z.object({ ...cursor(100), before: cursorToken.optional() }).strict(),
  ),
  post(
    'projects.rateLimits.updateRateLimit',
    `${PROJECT}/rate_limits/{rate_limit_id}`,
    'operator',
    'Update a project rate limit',
    atLeastOneField(
      z
        .object({
          max_requests_per_1_minute: rateLimitValue,
          max_tokens_per_1_minute: rateLimitValue,
          max_images_per_1_minute: rateLimitValue,
          max_audio_megabytes_per_1_minute: rateLimitValue,
          max_requests_per_1_day: rateLimitValue,
          batch_1_day_max_input_tokens: rateLimitValue,
        })
        .strict(),
    ),
  ),

  // Project model permissions
  get(
    'projects.modelPermissions.retrieve',
    `${PROJECT}/model_permissions`,
    'Get project model permissions',
  ),
  post(
    'projects.modelPermissions.update',
    `${PROJECT}/model_permissions`,
    'admin',
    'Set project model permissions',
    z
      .object({
        mode: z.enum(['allow_list', 'deny_list']),
        model_ids: z.array(z.string().trim().min(1).max(256)),
      })
      .strict(),
  ),
  del(
    'projects.modelPermissions.delete',
    `${PROJECT}/model_permissions`,
    'admin',
    'Remove project model permissions',
  ),

  // Project hosted tool permissions
  get(
    'projects.hostedToolPermissions.retrieve',
    `${PROJECT}/hosted_tool_permissions`,
    'Get project hosted tool permissions',
  ),
  post(
    'projects.hostedToolPermissions.update',
    `${PROJECT}/hosted_tool_permissions`,
    'admin',
    'Update project hosted tool permissions',
    atLeastOneField(
      z
        .object({
          file_search: hostedToolPermission,
          web_search: hostedToolPermission,
          image_generation: hostedToolPermission,
          mcp: hostedToolPermission,
          code_interpreter: hostedToolPermission,
        })
        .strict(),
    ),
  ),

  // Project data retention
  get('projects.dataRetention.retrieve', `${PROJECT}/data_retention`, 'Get project data retention'),
  post(
    'projects.dataRetention.update',
    `${PROJECT}/data_retention`,
    'admin',
    'Update project data retention',
    z
      .object({ retention_type: z.enum(['organization_default', 'none', ...ORG_RETENTION_TYPES]) })
      .strict(),
  ),

  // Project spend limit
  get('projects.spendLimit.retrieve', `${PROJECT}/spend_limit`, 'Get the project spend limit'),
  post(
    'projects.spendLimit.update',
    `${PROJECT}/spend_limit`,
    'admin',
    'Set the project spend limit',
    spendLimitBody,
  ),
  del(
    'projects.spendLimit.delete',
    `${PROJECT}/spend_limit`,
    'admin',
    'Remove the project spend limit',
  ),

  // Project spend alerts
  get(
    'projects.spendAlerts.list',
    `${PROJECT}/spend_alerts`,
    'List project spend alerts',
    spendAlertListQuery,
  ),
  post(
    'projects.spendAlerts.create',
    `${PROJECT}/spend_alerts`,
    'admin',
    'Create a project spend alert',
    spendAlertBody,
  ),
  get(
    'projects.spendAlerts.retrieve',
    `${PROJECT}/spend_alerts/{alert_id}`,
    'Retrieve a project spend alert',
  ),
  post(
    'projects.spendAlerts.update',
    `${PROJECT}/spend_alerts/{alert_id}`,
    'admin',
    'Update a project spend alert',
    spendAlertBody,
  ),
  del(
    'projects.spendAlerts.delete',
    `${PROJECT}/spend_alerts/{alert_id}`,
    'admin',
    'Delete a project spend alert',
  ),

  // Project certificates
  get(
    'projects.certificates.list',
    `${PROJECT}/certificates`,
    'List project certificates',
    certificateListQuery,
  ),
  post(
    'projects.certificates.activate',
    `${PROJECT}/certificates/activate`,
    'admin',
    'Activate certificates for a project',
    certificateIdsBody,
  ),
  post(
    'projects.certificates.deactivate',
    `${PROJECT}/certificates/deactivate`,
    'admin',
    'Deactivate certificates for a project',
    certificateIdsBody,
  ),
]);

export const OPERATIONS_BY_NAME: ReadonlyMap<string, OperationDef> = new Map(
  OPERATIONS.map((operation) => [operation.name, operation]),
);
