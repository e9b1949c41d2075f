import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people, tenants } from './tenancy.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** A person who can sign in. E-mail is unique across tenants: it picks the tenant at login. */
export const accounts = pgTable('accounts', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
  personId: uuid('person_id').notNull().unique().references(() => people.id),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash'),
  locale: text('locale').notNull().default('sv'),
  disabledAt: at('disabled_at'),
  passwordChangedAt: at('password_changed_at'),
  version: integer('version').notNull().default(1),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** Server-side sessions; the cookie holds a random id and only its hash is stored. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    lastSeenAt: at('last_seen_at').notNull().defaultNow(),
  },
  (t) => [index('sessions_account').on(t.accountId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull().unique(),
    createdAt: at('created_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
    lastUsedAt: at('last_used_at'),
    revokedAt: at('revoked_at'),
  },
  (t) => [index('api_tokens_account').on(t.accountId)],
);

/** Failed sign-ins per key (`account:<email>` or `ip:<address>`), for throttling. Not tenant data. */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: at('window_started_at').notNull(),
  blockedUntil: at('blocked_until'),
});
