import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgUnits, people, tenants } from './tenancy.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
const timestamps = {
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
};

/** Förvaltningsobjekt (PM3): the business-owned bundle of systems and information. */
export const managedObjects = pgTable(
  'objects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    critical: boolean('critical').notNull().default(false),
    managementPlanUrl: text('management_plan_url'),
    /** A deliberate raise above the derived maximum (accumulation, aggregation, integration); all four or none. */
    raisedK: smallint('raised_k'),
    raisedR: smallint('raised_r'),
    raisedT: smallint('raised_t'),
    raisedS: smallint('raised_s'),
    raiseReason: text('raise_reason'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('objects_tenant_unit').on(t.tenantId, t.orgUnitId), uniqueIndex('objects_tenant_name').on(t.tenantId, sql`lower(${t.name})`)],
);

/** Informationssystem: belongs to one object; its profile derives from the information it holds. */
export const systems = pgTable(
  'systems',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    objectId: uuid('object_id').notNull().references(() => managedObjects.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    supplier: text('supplier').notNull().default(''),
    hosting: text('hosting').notNull(),
    dependencies: text('dependencies').array().notNull().default(sql`'{}'::text[]`),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('systems_object').on(t.objectId), index('systems_tenant').on(t.tenantId)],
);

/** An integration from a system to another registered system, or to something outside the register. */
export const systemIntegrations = pgTable(
  'system_integrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    systemId: uuid('system_id').notNull().references(() => systems.id),
    targetSystemId: uuid('target_system_id').references(() => systems.id),
    externalName: text('external_name'),
    description: text('description').notNull().default(''),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('system_integrations_system').on(t.systemId), index('system_integrations_target').on(t.targetSystemId)],
);

/** Organisation-wide information types, classified once and used to pre-fill information sets. */
export const informationTypes = pgTable(
  'information_types',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    k: smallint('k').notNull(),
    r: smallint('r').notNull(),
    t: smallint('t').notNull(),
    s: smallint('s').notNull(),
    reasons: jsonb('reasons').$type<Record<string, string>>().notNull().default({}),
    legalBases: text('legal_bases').array().notNull().default(sql`'{}'::text[]`),
    personalData: boolean('personal_data').notNull().default(false),
    specialCategories: boolean('special_categories').notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('information_types_tenant_name').on(t.tenantId, sql`lower(${t.name})`)],
);

/**
 * Informationsmängd. The latest approved classification is copied onto the row
 * (`approved_*`), so profiles and coverage are one aggregate, not a search through history.
 */
export const informationSets = pgTable(
  'information_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    objectId: uuid('object_id').notNull().references(() => managedObjects.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    informationTypeId: uuid('information_type_id').references(() => informationTypes.id),
    ownerId: uuid('owner_id').references(() => people.id),
    delegateId: uuid('delegate_id').references(() => people.id),
    legalBases: text('legal_bases').array().notNull().default(sql`'{}'::text[]`),
    personalData: boolean('personal_data').notNull().default(false),
    specialCategories: boolean('special_categories').notNull().default(false),
    reviewReason: text('review_reason'),
    reviewSince: at('review_since'),
    approvedClassificationId: uuid('approved_classification_id'),
    approvedK: smallint('approved_k'),
    approvedR: smallint('approved_r'),
    approvedT: smallint('approved_t'),
    approvedS: smallint('approved_s'),
    approvedValidUntil: at('approved_valid_until'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('information_sets_object').on(t.objectId), index('information_sets_tenant').on(t.tenantId), index('information_sets_owner').on(t.ownerId)],
);

/** Which systems hold an information set (both belong to the same object). */
export const informationSetSystems = pgTable(
  'information_set_systems',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    informationSetId: uuid('information_set_id').notNull().references(() => informationSets.id),
    systemId: uuid('system_id').notNull().references(() => systems.id),
  },
  (t) => [primaryKey({ columns: [t.informationSetId, t.systemId] }), index('information_set_systems_system').on(t.systemId)],
);
