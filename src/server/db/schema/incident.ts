import { sql } from 'drizzle-orm';
import { boolean, customType, date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgUnits, people, tenants } from './tenancy.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
const timestamps = {
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
};
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * An incident (DOMAIN §6), IT-related or not. `org_unit_id` decides whose it is (reach and
 * statistics per förvaltning); `aware_at` starts the legal clocks.
 */
export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    /** Per tenant and year, e.g. 2026-0042: what people say on the phone. */
    year: smallint('year').notNull(),
    serial: integer('serial').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    channel: text('channel').notNull(),
    /** Null for a report through the public link; then `reporter_contact` is what they left. */
    reporterId: uuid('reporter_id').references(() => people.id),
    reporterContact: text('reporter_contact'),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    status: text('status').notNull().default('reported'),
    severity: smallint('severity'),
    escalationLevel: smallint('escalation_level').notNull().default(1),
    assigneeId: uuid('assignee_id').references(() => people.id),
    rsitClass: text('rsit_class'),
    rsitType: text('rsit_type'),
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    cause: text('cause'),
    aspects: text('aspects').array().notNull().default(sql`'{}'::text[]`),
    objectIds: uuid('object_ids').array().notNull().default(sql`'{}'::uuid[]`),
    systemIds: uuid('system_ids').array().notNull().default(sql`'{}'::uuid[]`),
    personalData: boolean('personal_data').notNull().default(false),
    peopleAffected: integer('people_affected'),
    recordsAffected: integer('records_affected'),
    /** Significant under cybersäkerhetslagen: criteria a and/or b, and why. */
    significant: boolean('significant').notNull().default(false),
    significantCriteria: text('significant_criteria').array().notNull().default(sql`'{}'::text[]`),
    significantExplanation: text('significant_explanation'),
    crimeSuspected: boolean('crime_suspected').notNull().default(false),
    policeReportRef: text('police_report_ref'),
    /** Why IMY is not notified (unlikely to harm people); GDPR still wants it documented. */
    gdprWaivedReason: text('gdpr_waived_reason'),
    rootCause: text('root_cause'),
    lessonsLearned: text('lessons_learned'),
    occurredAt: at('occurred_at'),
    detectedAt: at('detected_at'),
    awareAt: at('aware_at').notNull(),
    triagedAt: at('triaged_at'),
    resolvedAt: at('resolved_at'),
    closedAt: at('closed_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('incidents_tenant_number').on(t.tenantId, t.year, t.serial),
    index('incidents_tenant_aware').on(t.tenantId, t.awareAt),
    index('incidents_tenant_status').on(t.tenantId, t.status),
    index('incidents_reporter').on(t.reporterId),
    index('incidents_assignee').on(t.assigneeId),
    // Statistics (modules/incidentStats, measured with bench:incidents on 1,000,000 incidents):
    // tenant-wide counts are ranges of the (tenant_id, <grouping>, aware_at) indexes, one per
    // value and period (per unit for förvaltningar); a reach of a few units, and categories,
    // read their rows from the unit index that carries every grouping column; the times read
    // only their columns.
    index('incidents_stats_severity').on(t.tenantId, t.severity, t.awareAt),
    index('incidents_stats_type').on(t.tenantId, t.rsitType, t.awareAt),
    index('incidents_stats_cause').on(t.tenantId, t.cause, t.awareAt),
    index('incidents_stats_unit').on(t.tenantId, t.orgUnitId, t.awareAt),
    index('incidents_stats_unit_columns').on(t.tenantId, t.orgUnitId, t.awareAt, t.severity, t.rsitType, t.cause, t.categories),
    index('incidents_stats_times').on(t.tenantId, t.awareAt, t.orgUnitId, t.occurredAt, t.detectedAt, t.resolvedAt, t.closedAt, t.id),
  ],
);

/** What happened to an incident, in order: automatic entries for every change, plus notes. */
export const incidentEvents = pgTable(
  'incident_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    incidentId: uuid('incident_id').notNull().references(() => incidents.id),
    at: at('at').notNull().defaultNow(),
    /** reported, status, severity, escalation, assignee, note, task, attachment, report_submitted, lesson… */
    kind: text('kind').notNull(),
    actorId: uuid('actor_id').references(() => people.id),
    fromValue: text('from_value'),
    toValue: text('to_value'),
    note: text('note'),
  },
  (t) => [index('incident_events_incident').on(t.incidentId, t.at)],
);

export const incidentTasks = pgTable(
  'incident_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    incidentId: uuid('incident_id').notNull().references(() => incidents.id),
    title: text('title').notNull(),
    ownerId: uuid('owner_id').references(() => people.id),
    dueDate: date('due_date', { mode: 'string' }),
    doneAt: at('done_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('incident_tasks_incident').on(t.incidentId), index('incident_tasks_owner').on(t.ownerId)],
);

/** A file kept with an incident; its media type is sniffed from the bytes, never taken on trust. */
export const incidentAttachments = pgTable(
  'incident_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    incidentId: uuid('incident_id').notNull().references(() => incidents.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => people.id),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('incident_attachments_incident').on(t.incidentId)],
);

/**
 * The legal clocks of one incident, materialised from the pure `incidentDeadlines` whenever
 * its inputs change, so the deadline list, the alert job and the on-time share are plain queries.
 * `seq` numbers the intermediate reports a CSIRT may request; the other stages have seq 0.
 */
export const incidentDeadlines = pgTable(
  'incident_deadlines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    incidentId: uuid('incident_id').notNull().references(() => incidents.id),
    regime: text('regime').notNull(),
    stage: text('stage').notNull(),
    seq: smallint('seq').notNull().default(0),
    startsAt: at('starts_at').notNull(),
    dueAt: at('due_at'),
    provisional: boolean('provisional').notNull().default(false),
    waived: boolean('waived').notNull().default(false),
    /** For an intermediate report: when the CSIRT asked for it. */
    requestedAt: at('requested_at'),
    submittedAt: at('submitted_at'),
    submittedBy: uuid('submitted_by').references(() => people.id),
    reference: text('reference'),
    lateReason: text('late_reason'),
    /** The highest alert already sent: 0, 50, 90 or 100 (overdue) per cent of the period. */
    alertedPercent: smallint('alerted_percent').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('incident_deadlines_stage').on(t.incidentId, t.regime, t.stage, t.seq),
    index('incident_deadlines_open').on(t.tenantId, t.dueAt).where(sql`${t.submittedAt} is null and not ${t.waived}`),
  ],
);
