import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { surveyAnswer, type SurveyAnswer, type SurveySummary } from '../../../shared/schemas/surveys.js';
import { surveyContactRoles, surveyUnitTypes } from '../../../shared/surveys.js';
import type { TenantContext } from '../../db/context.js';
import { managedObjects, orgUnits, people, roleAssignments, supportSurveyRecipients, supportSurveys } from '../../db/schema/index.js';
import { toIso } from '../../db/time.js';

export type SurveyRow = typeof supportSurveys.$inferSelect;

export function isSurveyOpen(row: Pick<SurveyRow, 'closedAt' | 'closesAt'>, now = Date.now()): boolean {
  return row.closedAt === null && (row.closesAt === null || new Date(row.closesAt).getTime() > now);
}

export function toSurveySummary(row: SurveyRow, counts: { recipients: number; answered: number }): SurveySummary {
  return {
    id: row.id,
    title: row.title,
    message: row.message,
    closesAt: toIso(row.closesAt),
    closedAt: toIso(row.closedAt),
    createdAt: toIso(row.createdAt),
    open: isSurveyOpen(row),
    recipients: counts.recipients,
    answered: counts.answered,
  };
}

/** A stored answer as the API speaks it; anything unreadable counts as no answer. */
export function parseStoredAnswer(value: unknown): SurveyAnswer | null {
  const parsed = surveyAnswer.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function insertSurvey(
  ctx: TenantContext,
  values: { title: string; message: string; closesAt: string | null; createdBy: string | null },
): Promise<SurveyRow> {
  const [row] = await ctx.tx.insert(supportSurveys).values({ ...values, tenantId: ctx.tenantId }).returning();
  return row;
}

export async function insertRecipients(ctx: TenantContext, surveyId: string, recipients: Array<{ personId: string; orgUnitId: string }>) {
  await ctx.tx.insert(supportSurveyRecipients).values(recipients.map((recipient) => ({ ...recipient, surveyId, tenantId: ctx.tenantId })));
}

const recipientCount = sql<number>`count(${supportSurveyRecipients.id})::int`;
const answeredCount = sql<number>`count(${supportSurveyRecipients.answeredAt})::int`;

export async function listSurveysWithCounts(ctx: TenantContext) {
  return ctx.tx
    .select({ survey: supportSurveys, recipients: recipientCount, answered: answeredCount })
    .from(supportSurveys)
    .leftJoin(supportSurveyRecipients, eq(supportSurveyRecipients.surveyId, supportSurveys.id))
    .where(eq(supportSurveys.tenantId, ctx.tenantId))
    .groupBy(supportSurveys.id)
    .orderBy(desc(supportSurveys.createdAt), desc(supportSurveys.id));
}

/** One survey; `update` locks it against a concurrent close, `share` against closing while answering. */
export async function findSurvey(ctx: TenantContext, id: string, lock?: 'update' | 'share'): Promise<SurveyRow | null> {
  const query = ctx.tx.select().from(supportSurveys).where(and(eq(supportSurveys.tenantId, ctx.tenantId), eq(supportSurveys.id, id)));
  const [row] = lock ? await query.for(lock) : await query;
  return row ?? null;
}

export async function closeSurveyRow(ctx: TenantContext, id: string): Promise<SurveyRow> {
  const [row] = await ctx.tx
    .update(supportSurveys)
    .set({ closedAt: sql`now()` })
    .where(and(eq(supportSurveys.tenantId, ctx.tenantId), eq(supportSurveys.id, id)))
    .returning();
  return row;
}

/** Every recipient of a survey with the unit they answer for; names of people are left out on purpose. */
export async function recipientsByUnit(ctx: TenantContext, surveyId: string) {
  return ctx.tx
    .select({
      orgUnitId: supportSurveyRecipients.orgUnitId,
      orgUnitName: orgUnits.name,
      answers: supportSurveyRecipients.answers,
      answeredAt: supportSurveyRecipients.answeredAt,
    })
    .from(supportSurveyRecipients)
    .innerJoin(orgUnits, eq(orgUnits.id, supportSurveyRecipients.orgUnitId))
    .where(and(eq(supportSurveyRecipients.tenantId, ctx.tenantId), eq(supportSurveyRecipients.surveyId, surveyId)));
}

const myRecipientColumns = {
  recipientId: supportSurveyRecipients.id,
  orgUnitId: supportSurveyRecipients.orgUnitId,
  orgUnitName: orgUnits.name,
  answers: supportSurveyRecipients.answers,
  answeredAt: supportSurveyRecipients.answeredAt,
  survey: supportSurveys,
};

/** The surveys addressed to a person, newest first (open or not: the caller filters). */
export async function recipientRowsOf(ctx: TenantContext, personId: string, recipientId?: string) {
  return ctx.tx
    .select(myRecipientColumns)
    .from(supportSurveyRecipients)
    .innerJoin(supportSurveys, eq(supportSurveys.id, supportSurveyRecipients.surveyId))
    .innerJoin(orgUnits, eq(orgUnits.id, supportSurveyRecipients.orgUnitId))
    .where(
      and(
        eq(supportSurveyRecipients.tenantId, ctx.tenantId),
        eq(supportSurveyRecipients.personId, personId),
        recipientId ? eq(supportSurveyRecipients.id, recipientId) : undefined,
      ),
    )
    .orderBy(desc(supportSurveys.createdAt), asc(orgUnits.name));
}
export type MyRecipientRow = Awaited<ReturnType<typeof recipientRowsOf>>[number];

export async function saveAnswer(ctx: TenantContext, recipientId: string, answer: SurveyAnswer) {
  const [row] = await ctx.tx
    .update(supportSurveyRecipients)
    .set({ answers: answer, answeredAt: sql`now()` })
    .where(and(eq(supportSurveyRecipients.tenantId, ctx.tenantId), eq(supportSurveyRecipients.id, recipientId)))
    .returning({ answeredAt: supportSurveyRecipients.answeredAt });
  return row;
}

export async function findUnits(ctx: TenantContext, ids: string[]) {
  if (ids.length === 0) return [];
  return ctx.tx
    .select({ id: orgUnits.id, type: orgUnits.type, closedAt: orgUnits.closedAt })
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, ctx.tenantId), inArray(orgUnits.id, ids)));
}

/** The open förvaltningar and bolag, by name. */
export async function surveyUnits(ctx: TenantContext) {
  return ctx.tx
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, ctx.tenantId), inArray(orgUnits.type, [...surveyUnitTypes]), sql`${orgUnits.closedAt} is null`))
    .orderBy(asc(orgUnits.name));
}

const scopeUnit = alias(orgUnits, 'scope_unit');
const objectUnit = alias(orgUnits, 'object_unit');

/**
 * People still employed who hold a contact role (scoped to a unit or to an object) or are a
 * unit's line manager, with the path of the unit their role covers.
 */
export async function contactRoleHolders(ctx: TenantContext) {
  return ctx.tx
    .select({
      personId: people.id,
      name: people.name,
      email: people.email,
      role: roleAssignments.role,
      scopeType: roleAssignments.scopeType,
      orgUnitId: roleAssignments.orgUnitId,
      path: sql<string | null>`coalesce(${scopeUnit.path}, ${objectUnit.path})`,
    })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .leftJoin(scopeUnit, eq(scopeUnit.id, roleAssignments.orgUnitId))
    .leftJoin(managedObjects, eq(managedObjects.id, roleAssignments.objectId))
    .leftJoin(objectUnit, eq(objectUnit.id, managedObjects.orgUnitId))
    .where(
      and(
        eq(roleAssignments.tenantId, ctx.tenantId),
        inArray(roleAssignments.role, [...surveyContactRoles, 'line_manager']),
        ne(people.employmentStatus, 'ended'),
      ),
    )
    .orderBy(asc(people.name));
}
