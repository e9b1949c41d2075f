import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AcceptanceCapacity } from '../../../shared/risk/acceptance.js';
import { managedObjects, systems } from './register.js';
import { orgUnits, people, tenants } from './tenancy.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
const timestamps = {
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
};

/**
 * A risk analysis (DOMAIN §5) of an object, one of its systems, a process or an org unit.
 * `org_unit_id` always says whose it is, so reach and coverage need no other join.
 */
export const riskAnalyses = pgTable(
  'risk_analyses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    subjectKind: text('subject_kind').notNull(),
    objectId: uuid('object_id').references(() => managedObjects.id),
    systemId: uuid('system_id').references(() => systems.id),
    processName: text('process_name'),
    title: text('title').notNull(),
    purpose: text('purpose').notNull(),
    riskOwnerId: uuid('risk_owner_id').references(() => people.id),
    leadId: uuid('lead_id').references(() => people.id),
    participantIds: uuid('participant_ids').array().notNull().default(sql`'{}'::uuid[]`),
    analysisDate: date('analysis_date', { mode: 'string' }),
    status: text('status').notNull().default('planned'),
    approvedAt: at('approved_at'),
    approvedBy: uuid('approved_by').references(() => people.id),
    /** Approval date plus the tenant's interval; a trigger below makes it due at once. */
    nextDueDate: date('next_due_date', { mode: 'string' }),
    reviewTrigger: text('review_trigger'),
    reviewRequestedAt: at('review_requested_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('risk_analyses_tenant_unit').on(t.tenantId, t.orgUnitId), index('risk_analyses_object').on(t.objectId)],
);

/** One risk: "på grund av (cause) inträffar (event) vilket leder till (consequence)". */
export const risks = pgTable(
  'risks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    analysisId: uuid('analysis_id').notNull().references(() => riskAnalyses.id),
    threatCode: text('threat_code'),
    title: text('title').notNull(),
    cause: text('cause').notNull(),
    event: text('event').notNull(),
    consequence: text('consequence').notNull(),
    threatOrigin: text('threat_origin').notNull(),
    aspects: text('aspects').array().notNull().default(sql`'{}'::text[]`),
    likelihood: smallint('likelihood').notNull(),
    impact: smallint('impact').notNull(),
    score: smallint('score').notNull(),
    level: text('level').notNull(),
    treatment: text('treatment'),
    treatmentRationale: text('treatment_rationale'),
    residualLikelihood: smallint('residual_likelihood'),
    residualImpact: smallint('residual_impact'),
    residualScore: smallint('residual_score'),
    residualLevel: text('residual_level'),
    status: text('status').notNull().default('open'),
    /** Until when the current acceptance holds (null when not accepted). */
    acceptedUntil: date('accepted_until', { mode: 'string' }),
    /** The handlingsplan row ("ej uppfyllt") this risk was drafted from. */
    sourceActionId: uuid('source_action_id'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('risks_analysis').on(t.analysisId),
    index('risks_tenant_level').on(t.tenantId, t.level, t.createdAt),
    // The register's default order, so a page is read in order instead of sorting every risk
    // (nulls first, as `order by … desc` has them, or PostgreSQL would not use it); migration
    // 0007 adds `include (status)` (drizzle cannot say it) to skip closed risks unread.
    index('risks_tenant_score_order').on(t.tenantId, t.score.desc().nullsFirst(), t.updatedAt.desc().nullsFirst(), t.id),
    // Counts and heat-map cells by status, read from the index alone.
    index('risks_tenant_status_cells').on(t.tenantId, t.status, t.likelihood, t.impact),
    index('risks_tenant_status_residual_cells').on(t.tenantId, t.status, t.residualLikelihood, t.residualImpact),
    // Free-text search (`q`, ilike '%…%') over the four texts: pg_trgm, used through
    // varn_risks_matching (migration 0007), as row-level security keeps ILIKE off indexes.
    index('risks_title_trgm').using('gin', t.title.op('gin_trgm_ops')),
    index('risks_event_trgm').using('gin', t.event.op('gin_trgm_ops')),
    index('risks_cause_trgm').using('gin', t.cause.op('gin_trgm_ops')),
    index('risks_consequence_trgm').using('gin', t.consequence.op('gin_trgm_ops')),
  ],
);

export interface AcceptanceSignature {
  personId: string;
  personName: string;
  capacity: AcceptanceCapacity;
  signedAt: string;
}

/** A decision to accept a risk: who signed, in which capacity, and until when it holds. */
export const riskAcceptances = pgTable(
  'risk_acceptances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    riskId: uuid('risk_id').notNull().references(() => risks.id),
    level: text('level').notNull(),
    rung: text('rung').notNull(),
    reason: text('reason').notNull(),
    expiresAt: date('expires_at', { mode: 'string' }).notNull(),
    /** pending (waiting for a second signature), accepted, or withdrawn (the risk changed). */
    status: text('status').notNull(),
    signatures: jsonb('signatures').$type<AcceptanceSignature[]>().notNull(),
    completedAt: at('completed_at'),
    remindedAt: at('reminded_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('risk_acceptances_risk').on(t.riskId), index('risk_acceptances_tenant_expiry').on(t.tenantId, t.status, t.expiresAt)],
);

/** Each change of a risk's levels, so the register can show levels over time. */
export const riskLevelHistory = pgTable(
  'risk_level_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    riskId: uuid('risk_id').notNull().references(() => risks.id),
    recordedAt: at('recorded_at').notNull().defaultNow(),
    level: text('level').notNull(),
    residualLevel: text('residual_level'),
    status: text('status').notNull(),
  },
  (t) => [index('risk_level_history_tenant_time').on(t.tenantId, t.recordedAt), index('risk_level_history_risk').on(t.riskId, t.recordedAt)],
);
