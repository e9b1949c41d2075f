import { index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { informationSets } from './register.js';
import { people, tenants } from './tenancy.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/**
 * One classification of an information set. History is kept: a new draft is a new row, and
 * the approved one stays until another is approved.
 */
export const classifications = pgTable(
  'classifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    informationSetId: uuid('information_set_id').notNull().references(() => informationSets.id),
    k: smallint('k').notNull(),
    r: smallint('r').notNull(),
    t: smallint('t').notNull(),
    s: smallint('s').notNull(),
    /** The guided answers: aspect -> consequence category -> level. */
    answers: jsonb('answers').$type<Record<string, Record<string, number>>>().notNull().default({}),
    reasons: jsonb('reasons').$type<Record<string, string>>().notNull().default({}),
    handlingLabel: text('handling_label').notNull(),
    /** draft, in_review, approved, superseded, referred (to the säkerhetsskyddschef). */
    status: text('status').notNull(),
    /** Set when the levels are below the organisation-wide type: the CISO must approve the lowering. */
    loweringAspects: text('lowering_aspects').array(),
    loweringApprovedBy: uuid('lowering_approved_by').references(() => people.id),
    loweringApprovedAt: at('lowering_approved_at'),
    createdBy: uuid('created_by').references(() => people.id),
    submittedAt: at('submitted_at'),
    approvedBy: uuid('approved_by').references(() => people.id),
    approvedAt: at('approved_at'),
    validUntil: at('valid_until'),
    referralNote: text('referral_note'),
    referralHandledBy: uuid('referral_handled_by').references(() => people.id),
    referralHandledAt: at('referral_handled_at'),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('classifications_set').on(t.informationSetId, t.createdAt), index('classifications_tenant_status').on(t.tenantId, t.status)],
);
