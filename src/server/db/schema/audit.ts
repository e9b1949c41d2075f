import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenancy.js';

/** Append-only, hash-chained per tenant; the database refuses UPDATE and DELETE. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    /** Position in the tenant's chain: 1, 2, 3 ... with no gaps, so a deleted row shows. */
    chainIndex: bigint('chain_index', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_events_chain').on(t.tenantId, t.chainIndex),
    index('audit_events_tenant_at').on(t.tenantId, t.at),
    index('audit_events_entity').on(t.tenantId, t.entityType, t.entityId),
  ],
);
