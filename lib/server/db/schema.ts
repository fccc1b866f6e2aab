import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

// Better Auth's tables. The JS keys are the field names Better Auth expects; the SQL names are ours.

export const authUser = pgTable('auth_user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  // admin plugin
  role: text('role').notNull().default('viewer'),
  banned: boolean('banned').default(false),
  banReason: text('ban_reason'),
  banExpires: timestamp('ban_expires', { withTimezone: true }),
});

export const authSession = pgTable(
  'auth_session',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    token: text('token').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => authUser.id, { onDelete: 'cascade' }),
    impersonatedBy: text('impersonated_by'),
  },
  (t) => [index('auth_session_user_idx').on(t.userId)],
);

export const authAccount = pgTable(
  'auth_account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => authUser.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('auth_account_user_idx').on(t.userId)],
);

export const authVerification = pgTable('auth_verification', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Failed sign-ins per account, for the per-account lock-out (SECURITY.md, bar 8). */
export const signInFailure = pgTable(
  'sign_in_failure',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    email: text('email').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sign_in_failure_email_at_idx').on(t.email, t.at)],
);

/** Values the console generates once and keeps: the auth secret, the sandbox's admin key. */
export const consoleSetting = pgTable('console_setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Every change made through the console, written before the upstream call (fails closed). */
export const journalEntry = pgTable(
  'journal_entry',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    userId: text('user_id').notNull(),
    userEmail: text('user_email').notNull(),
    userRole: text('user_role').notNull(),
    operation: text('operation').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    targetIds: jsonb('target_ids').$type<Record<string, string>>().notNull(),
    /** Ids of what the change created (the answer's `id`, a new service account's key), for attribution. */
    resultIds: jsonb('result_ids').$type<Record<string, string>>(),
    requestSummary: jsonb('request_summary').$type<unknown>(),
    /** pending → succeeded | failed | unknown (sent, but no answer) */
    outcome: text('outcome').notNull().default('pending'),
    httpStatus: integer('http_status'),
    upstreamRequestId: text('upstream_request_id'),
    errorMessage: text('error_message'),
  },
  (t) => [index('journal_entry_created_idx').on(t.createdAt), index('journal_entry_user_idx').on(t.userEmail)],
);

/**
 * Usage and costs buckets read from upstream (lib/server/usage): one row per bucket of one query
 * (endpoint, width and the normalized group_by + filters + kept fields, hashed). A cache: every
 * row can be read from upstream again. A `final` bucket ended safely in
 * the past when it was read and is never read again; an open one is refreshed after a while.
 */
export const usageBucket = pgTable(
  'usage_bucket',
  {
    /** The usage type (`completions`, ...) or `costs`. */
    endpoint: text('endpoint').notNull(),
    width: text('width').notNull(),
    /** sha256 of the normalized upstream query (group_by and filters), see lib/server/usage/spec.ts. */
    queryKey: text('query_key').notNull(),
    bucketStart: bigint('bucket_start', { mode: 'number' }).notNull(),
    bucketEnd: bigint('bucket_end', { mode: 'number' }).notNull(),
    /**
     * The fields of the bucket's results the engine uses, as compact JSON text (rows of values,
     * see encodeResults): a tenth of the results' size, and text is cheap for the database to take.
     */
    results: text('results').notNull(),
    /** When it was read from upstream (Unix seconds). */
    fetchedAt: bigint('fetched_at', { mode: 'number' }).notNull(),
    final: boolean('final').notNull(),
  },
  (t) => [primaryKey({ columns: [t.endpoint, t.width, t.queryKey, t.bucketStart] })],
);
