import 'server-only';
import { and, inArray, or, sql, type SQL } from 'drizzle-orm';
import { invalidRequest } from '../../errors';
import { sandboxObject } from '../../schema';
import { stringList } from '../lookup';

// The audit log's filters, as SQL on the stored JSON of each entry (never in memory).

const t = sandboxObject;

/** A nested text field of the entry: jsonText('actor', 'session', 'user', 'id'). */
function jsonText(...path: string[]): SQL<string | null> {
  if (!path.every((part) => /^[a-z0-9_]+$/i.test(part))) throw new Error(`Not a path: ${path}`);
  return sql<string | null>`(${t.data} #>> ${sql.raw(`'{${path.join(',')}}'`)})`;
}

/** The event's own object: the entry's value under the key named by its type. */
const detail = sql`(${t.data} -> (${t.data} ->> 'type'))`;

/** Events that act on several objects at once, listed under `certificates` or `configs`. */
const LIST_EVENT_TYPES = [
  'certificates.activated',
  'certificates.deactivated',
  'ip_allowlist.config.activated',
  'ip_allowlist.config.deactivated',
];

const TENANT_SCOPED_ROLE_EVENTS = ['role.bound_to_resource', 'role.unbound_from_resource'];

const BOUNDS = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
type Bound = keyof typeof BOUNDS;

/**
 * One `effective_at` bound. The registry reads the bracketed keys as sent (`effective_at[gt]`);
 * a query parsed into `{ effective_at: { gt } }` is read too.
 */
function effectiveAtBound(query: Record<string, unknown>, bound: Bound): number | undefined {
  const nested = query.effective_at;
  const value =
    query[`effective_at[${bound}]`] ??
    (typeof nested === 'object' && nested !== null
      ? (nested as Record<string, unknown>)[bound]
      : undefined);
  if (value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(number)) {
    const param = `effective_at[${bound}]`;
    throw invalidRequest(
      `Invalid type for '${param}': expected an integer, but got ${JSON.stringify(value)} instead.`,
      param,
      'invalid_type',
    );
  }
  return number;
}

/** Tenant-scoped events: the API lists them only when asked with tenant_only=true. */
const isTenantScoped = (type: string) =>
  type.startsWith('tenant.') || TENANT_SCOPED_ROLE_EVENTS.includes(type);
const tenantScopedSql = sql`(${jsonText('type')} like 'tenant.%' or ${inArray(jsonText('type'), TENANT_SCOPED_ROLE_EVENTS)})`;

function tenantCondition(query: Record<string, unknown>, eventTypes: string[] | undefined): SQL {
  const tenantOnly = query.tenant_only === true || query.tenant_only === 'true';
  const misfit = eventTypes?.find((type) => isTenantScoped(type) !== tenantOnly);
  if (misfit) {
    throw invalidRequest(
      tenantOnly
        ? `Invalid 'event_types': '${misfit}' is not a tenant-scoped event type, and tenant_only is true.`
        : `Invalid 'event_types': '${misfit}' is a tenant-scoped event type: set tenant_only=true to list it.`,
      'event_types',
      'invalid_value',
    );
  }
  return tenantOnly ? tenantScopedSql : sql`not ${tenantScopedSql}`;
}

/** The SQL condition for every filter the query carries (undefined when none). */
export function auditLogFilter(query: Record<string, unknown>): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  for (const bound of Object.keys(BOUNDS) as Bound[]) {
    const value = effectiveAtBound(query, bound);
    if (value !== undefined)
      conditions.push(
        sql`(${t.data} ->> 'effective_at')::bigint ${sql.raw(BOUNDS[bound])} ${value}`,
      );
  }
  const eventTypes = stringList(query.event_types);
  if (eventTypes?.length) conditions.push(inArray(jsonText('type'), eventTypes));
  conditions.push(tenantCondition(query, eventTypes));

  const projectIds = stringList(query.project_ids);
  if (projectIds?.length) conditions.push(inArray(jsonText('project', 'id'), projectIds));

  // An actor id may name the user behind a session or key, the service account, or the key itself.
  const actorIds = stringList(query.actor_ids);
  if (actorIds?.length) {
    conditions.push(
      or(
        inArray(jsonText('actor', 'session', 'user', 'id'), actorIds),
        inArray(jsonText('actor', 'api_key', 'id'), actorIds),
        inArray(jsonText('actor', 'api_key', 'user', 'id'), actorIds),
        inArray(jsonText('actor', 'api_key', 'service_account', 'id'), actorIds),
      ),
    );
  }
  const actorEmails = stringList(query.actor_emails)?.map((email) => email.toLowerCase());
  if (actorEmails?.length) {
    conditions.push(
      or(
        inArray(sql`lower(${jsonText('actor', 'session', 'user', 'email')})`, actorEmails),
        inArray(sql`lower(${jsonText('actor', 'api_key', 'user', 'email')})`, actorEmails),
      ),
    );
  }

  // A resource is the id inside the event's object, or one of the objects it lists.
  const resourceIds = stringList(query.resource_ids);
  if (resourceIds?.length) {
    const listed = sql`${inArray(jsonText('type'), LIST_EVENT_TYPES)} and exists (
      select 1 from jsonb_array_elements(coalesce(${detail} -> 'certificates', ${detail} -> 'configs')) as listed
      where ${inArray(sql`listed ->> 'id'`, resourceIds)})`;
    conditions.push(or(inArray(sql`${detail} ->> 'id'`, resourceIds), listed));
  }
  return and(...conditions);
}
