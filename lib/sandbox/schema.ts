import { bigint, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * The sandbox organization's state: one row per API object, kept as the JSON the API returns.
 * `kind` names the collection (project, user, project_user, ...), `scope` the parent it lives
 * under ('' for organization-level objects), and `seq` gives the stable list order.
 */
export const sandboxObject = pgTable(
  'sandbox_object',
  {
    kind: text('kind').notNull(),
    scope: text('scope').notNull().default(''),
    id: text('id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.scope, t.id] }),
    index('sandbox_object_list_idx').on(t.kind, t.scope, t.seq),
    index('sandbox_object_id_idx').on(t.kind, t.id),
  ],
);
