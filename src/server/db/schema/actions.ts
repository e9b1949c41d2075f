import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { managedObjects } from './register.js';
import { incidents } from './incident.js';
import { risks } from './risk.js';
import { people, tenants } from './tenancy.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** The tenant's own requirements catalogue (DOMAIN §4): which aspects and levels each applies to. */
export const requirements = pgTable(
  'requirements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    code: text('code').notNull(),
    titleSv: text('title_sv').notNull(),
    titleEn: text('title_en'),
    descriptionSv: text('description_sv').notNull().default(''),
    descriptionEn: text('description_en'),
    modality: text('modality').notNull(),
    aspects: text('aspects').array().notNull(),
    minLevel: smallint('min_level').notNull(),
    nis2: text('nis2').array().notNull().default(sql`'{}'::text[]`),
    gdpr: text('gdpr').array().notNull().default(sql`'{}'::text[]`),
    area: text('area').notNull().default(''),
    retiredAt: at('retired_at'),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('requirements_tenant_code').on(t.tenantId, sql`lower(${t.code})`)],
);

/**
 * The shared action model: a handlingsplan row for a requirement on an object, and later a
 * risk treatment. `applicable` turns false when the profile no longer asks for the
 * requirement but someone has already answered it (answers are never thrown away).
 */
export const actions = pgTable(
  'actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    /** Null only for a risk treatment whose analysis is of a process or org unit. */
    objectId: uuid('object_id').references(() => managedObjects.id),
    /** The risk this action reduces (source 'risk'). */
    riskId: uuid('risk_id').references(() => risks.id),
    /** The incident whose lessons learned this action came from (source 'incident'). */
    incidentId: uuid('incident_id').references(() => incidents.id),
    source: text('source').notNull(),
    requirementId: uuid('requirement_id').references(() => requirements.id),
    title: text('title').notNull(),
    assessment: text('assessment'),
    implementation: text('implementation').notNull().default(''),
    ownerId: uuid('owner_id').references(() => people.id),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status').notNull().default('not_started'),
    applicable: boolean('applicable').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('actions_object').on(t.objectId),
    index('actions_risk').on(t.riskId),
    index('actions_incident').on(t.incidentId),
    index('actions_tenant_due').on(t.tenantId, t.dueDate),
    uniqueIndex('actions_object_requirement').on(t.objectId, t.requirementId).where(sql`${t.requirementId} is not null`),
  ],
);
