/**
 * Which upstream audit-log event types each change made through the console leaves behind, by
 * registry operation name. The attribution of events to console users starts here: an event can
 * only belong to a journal entry whose operation lists its type. Operations missing from this
 * table (console-user changes, sandbox actions) leave no upstream event.
 */

const ROLE_ASSIGNED = ['role.assignment.created'];
const ROLE_UNASSIGNED = ['role.assignment.deleted'];
// The API records settings that have no event type of their own as an update of their owner.
const ORGANIZATION_SETTING = ['organization.updated'];
const PROJECT_SETTING = ['project.updated'];

export const EVENTS_BY_OPERATION: Readonly<Record<string, readonly string[]>> = {
  'adminAPIKeys.create': ['api_key.created'],
  'adminAPIKeys.delete': ['api_key.deleted'],
  'invites.create': ['invite.sent'],
  'invites.delete': ['invite.deleted'],
  'users.update': ['user.updated'],
  'users.delete': ['user.deleted'],
  'users.roles.create': ROLE_ASSIGNED,
  'users.roles.delete': ROLE_UNASSIGNED,
  'groups.create': ['group.created'],
  'groups.update': ['group.updated'],
  'groups.delete': ['group.deleted'],
  // Group membership is logged at tenant level (listed only with tenant_only=true).
  'groups.users.create': ['tenant.group.member.added'],
  'groups.users.delete': ['tenant.group.member.removed'],
  'groups.roles.create': ROLE_ASSIGNED,
  'groups.roles.delete': ROLE_UNASSIGNED,
  'roles.create': ['role.created'],
  'roles.update': ['role.updated'],
  'roles.delete': ['role.deleted'],
  'dataRetention.update': ORGANIZATION_SETTING,
  'spendLimit.update': ORGANIZATION_SETTING,
  'spendLimit.delete': ORGANIZATION_SETTING,
  'spendAlerts.create': ORGANIZATION_SETTING,
  'spendAlerts.update': ORGANIZATION_SETTING,
  'spendAlerts.delete': ORGANIZATION_SETTING,
  'certificates.create': ['certificate.created'],
  'certificates.update': ['certificate.updated'],
  'certificates.delete': ['certificate.deleted'],
  'certificates.activate': ['certificates.activated'],
  'certificates.deactivate': ['certificates.deactivated'],
  'projects.create': ['project.created'],
  'projects.update': ['project.updated'],
  'projects.archive': ['project.archived'],
  'projects.users.create': ['user.added'],
  'projects.users.update': ['user.updated'],
  'projects.users.delete': ['user.deleted'],
  'projects.users.roles.create': ROLE_ASSIGNED,
  'projects.users.roles.delete': ROLE_UNASSIGNED,
  'projects.groups.create': ROLE_ASSIGNED,
  'projects.groups.delete': ROLE_UNASSIGNED,
  'projects.groups.roles.create': ROLE_ASSIGNED,
  'projects.groups.roles.delete': ROLE_UNASSIGNED,
  'projects.roles.create': ['role.created'],
  'projects.roles.update': ['role.updated'],
  'projects.roles.delete': ['role.deleted'],
  // A new service account comes with its first key: two events.
  'projects.serviceAccounts.create': ['service_account.created', 'api_key.created'],
  'projects.serviceAccounts.update': ['service_account.updated'],
  'projects.serviceAccounts.delete': ['service_account.deleted', 'api_key.deleted'],
  'projects.serviceAccounts.apiKeys.create': ['api_key.created'],
  'projects.apiKeys.delete': ['api_key.deleted'],
  'projects.rateLimits.updateRateLimit': ['rate_limit.updated'],
  'projects.modelPermissions.update': PROJECT_SETTING,
  'projects.modelPermissions.delete': PROJECT_SETTING,
  'projects.hostedToolPermissions.update': PROJECT_SETTING,
  'projects.dataRetention.update': PROJECT_SETTING,
  'projects.spendLimit.update': PROJECT_SETTING,
  'projects.spendLimit.delete': PROJECT_SETTING,
  'projects.spendAlerts.create': PROJECT_SETTING,
  'projects.spendAlerts.update': PROJECT_SETTING,
  'projects.spendAlerts.delete': PROJECT_SETTING,
  'projects.certificates.activate': ['certificates.activated'],
  'projects.certificates.deactivate': ['certificates.deactivated'],
};

/** The event types an operation leaves upstream (none for console-only changes). */
export function eventTypesOf(operation: string): readonly string[] {
  return EVENTS_BY_OPERATION[operation] ?? [];
}

export const isTenantEventType = (type: string) => type.startsWith('tenant.') || type === 'role.bound_to_resource' || type === 'role.unbound_from_resource';
