import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { AcceptanceRules } from '../../../shared/risk/acceptance.js';
import type { RiskMatrix } from '../../../shared/risk/matrix.js';
import { managedObjects } from './register.js';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
};

export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** A tenant row is its own tenant: keeps the RLS policy uniform across tables. */
  tenantId: uuid('tenant_id').notNull(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  /** How long an approved classification stays valid before it is Inaktuell (DOMAIN §4: 12 months). */
  classificationValidityMonths: integer('classification_validity_months').notNull().default(12),
  /** Optimistic-concurrency version of the tenant's settings (a stale settings write answers 409). */
  settingsVersion: integer('settings_version').notNull().default(1),
  /** The tenant's risk matrix and acceptance rules (null: the MSB defaults in shared/risk). */
  riskMatrix: jsonb('risk_matrix').$type<RiskMatrix>(),
  riskAcceptanceRules: jsonb('risk_acceptance_rules').$type<AcceptanceRules>(),
  /** How often an approved risk analysis must be redone (DOMAIN §5: yearly). */
  riskAnalysisIntervalMonths: integer('risk_analysis_interval_months').notNull().default(12),
  /** How many days before an acceptance expires its signers are reminded. */
  acceptanceReminderDays: integer('acceptance_reminder_days').notNull().default(30),
  /** The CSIRT that receives cybersäkerhetslagen reports (today CERT-SE at MCF), printed on the report drafts. */
  csirtName: text('csirt_name').notNull().default('CERT-SE (Myndigheten för civilt försvar)'),
  csirtContact: text('csirt_contact').notNull().default('cert@cert.se'),
  /** The secret in the public incident-report link; null while the link is switched off. */
  publicReportToken: text('public_report_token').unique(),
  ...timestamps,
});

export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    type: text('type').notNull(),
    /** Materialised path of ids, `/root/child/self/`: subtree checks are a prefix match. */
    path: text('path').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'string' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('org_units_tenant_path').on(t.tenantId, t.path), index('org_units_parent').on(t.parentId)],
);

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    name: text('name').notNull(),
    email: text('email').notNull(),
    title: text('title'),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    managerId: uuid('manager_id'),
    employmentStatus: text('employment_status').notNull().default('active'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('people_tenant_email').on(t.tenantId, sql`lower(${t.email})`),
    index('people_org_unit').on(t.orgUnitId),
  ],
);

export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    role: text('role').notNull(),
    scopeType: text('scope_type').notNull(),
    orgUnitId: uuid('org_unit_id').references(() => orgUnits.id),
    /** Set for scope `object`: the role applies to this one förvaltningsobjekt. */
    objectId: uuid('object_id').references((): AnyPgColumn => managedObjects.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('role_assignments_unique').on(t.tenantId, t.personId, t.role, t.scopeType, sql`coalesce(${t.orgUnitId}, ${t.objectId}, '00000000-0000-0000-0000-000000000000'::uuid)`),
    index('role_assignments_person').on(t.personId),
    index('role_assignments_object').on(t.objectId),
  ],
);
