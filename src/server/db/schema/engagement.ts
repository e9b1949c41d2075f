import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgUnits, people, tenants } from './tenancy.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** In-app notifications to one person (e.g. "this information set needs review"). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    kind: text('kind').notNull(),
    params: jsonb('params').$type<Record<string, string>>().notNull().default({}),
    link: text('link'),
    createdAt: at('created_at').notNull().defaultNow(),
    readAt: at('read_at'),
  },
  (t) => [index('notifications_person').on(t.personId, t.createdAt)],
);

/** The CISO's questionnaire to each förvaltning's contacts about the support they need. */
export const supportSurveys = pgTable('support_surveys', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
  title: text('title').notNull(),
  message: text('message').notNull().default(''),
  createdBy: uuid('created_by').references(() => people.id),
  closesAt: at('closes_at'),
  closedAt: at('closed_at'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const supportSurveyRecipients = pgTable(
  'support_survey_recipients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    surveyId: uuid('survey_id').notNull().references(() => supportSurveys.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    /** The förvaltning the contact answers for: answers aggregate per unit. */
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    answers: jsonb('answers').$type<Record<string, unknown>>(),
    answeredAt: at('answered_at'),
  },
  (t) => [index('support_survey_recipients_survey').on(t.surveyId), index('support_survey_recipients_person').on(t.personId)],
);
