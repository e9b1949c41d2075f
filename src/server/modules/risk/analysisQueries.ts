import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PermissionReach } from '../../../shared/access.js';
import type { AnalysisStatus, AnalysisSubject, AnalysisTrigger } from '../../../shared/risk/analysis.js';
import type { RiskLevel } from '../../../shared/risk/matrix.js';
import type { RiskAnalysisSummary } from '../../../shared/schemas/risk.js';
import type { TenantContext } from '../../db/context.js';
import { withinReach } from '../../db/reachFilter.js';
import { managedObjects, orgUnits, people, riskAnalyses, systems } from '../../db/schema/index.js';

const riskOwner = alias(people, 'risk_owner');
const lead = alias(people, 'analysis_lead');

/** An approved analysis is due again after its next date, or at once when a trigger asks for it. */
export const analysisOverdue = (today: string) =>
  sql<boolean>`(${riskAnalyses.status} = 'approved' and (${riskAnalyses.reviewTrigger} is not null or ${riskAnalyses.nextDueDate} < ${today}))`;

const levelOrder = sql`array['low','medium','high','extreme']`;

function summaryColumns(today: string) {
  return {
    id: riskAnalyses.id,
    subjectKind: riskAnalyses.subjectKind,
    objectId: riskAnalyses.objectId,
    objectName: managedObjects.name,
    systemId: riskAnalyses.systemId,
    systemName: systems.name,
    processName: riskAnalyses.processName,
    orgUnitId: riskAnalyses.orgUnitId,
    orgUnitName: orgUnits.name,
    path: orgUnits.path,
    title: riskAnalyses.title,
    purpose: riskAnalyses.purpose,
    riskOwnerId: riskAnalyses.riskOwnerId,
    riskOwnerName: riskOwner.name,
    leadId: riskAnalyses.leadId,
    leadName: lead.name,
    participantIds: riskAnalyses.participantIds,
    analysisDate: riskAnalyses.analysisDate,
    status: riskAnalyses.status,
    approvedAt: riskAnalyses.approvedAt,
    nextDueDate: riskAnalyses.nextDueDate,
    overdue: analysisOverdue(today),
    reviewTrigger: riskAnalyses.reviewTrigger,
    riskCount: sql<number>`(select count(*)::int from risks r where r.analysis_id = ${riskAnalyses.id})`,
    highestLevel: sql<string | null>`(select r.level from risks r where r.analysis_id = ${riskAnalyses.id} and r.status <> 'closed' order by array_position(${levelOrder}, r.level) desc limit 1)`,
    version: riskAnalyses.version,
    createdAt: riskAnalyses.createdAt,
  };
}

function selectSummaries(ctx: TenantContext, today: string) {
  return ctx.tx
    .select(summaryColumns(today))
    .from(riskAnalyses)
    .innerJoin(orgUnits, eq(orgUnits.id, riskAnalyses.orgUnitId))
    .leftJoin(managedObjects, eq(managedObjects.id, riskAnalyses.objectId))
    .leftJoin(systems, eq(systems.id, riskAnalyses.systemId))
    .leftJoin(riskOwner, eq(riskOwner.id, riskAnalyses.riskOwnerId))
    .leftJoin(lead, eq(lead.id, riskAnalyses.leadId));
}

export type AnalysisRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['where']>>[number];

export function toAnalysisSummary(row: AnalysisRow): RiskAnalysisSummary {
  const ref = (id: string | null, name: string | null) => (id && name ? { id, name } : null);
  return {
    id: row.id,
    subjectKind: row.subjectKind as AnalysisSubject,
    objectId: row.objectId,
    objectName: row.objectName,
    systemId: row.systemId,
    systemName: row.systemName,
    processName: row.processName,
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitName,
    title: row.title,
    purpose: row.purpose,
    riskOwner: ref(row.riskOwnerId, row.riskOwnerName),
    lead: ref(row.leadId, row.leadName),
    analysisDate: row.analysisDate,
    status: row.status as AnalysisStatus,
    approvedAt: row.approvedAt,
    nextDueDate: row.nextDueDate,
    overdue: Boolean(row.overdue),
    reviewTrigger: row.reviewTrigger as AnalysisTrigger | null,
    riskCount: row.riskCount,
    highestLevel: row.highestLevel as RiskLevel | null,
    version: row.version,
    createdAt: row.createdAt,
  };
}

/** The named people in the order given; ids of no one in this tenant are left out. */
export async function peopleNamed(ctx: TenantContext, ids: string[]): Promise<Array<{ id: string; name: string }>> {
  if (ids.length === 0) return [];
  const rows = await ctx.tx.select({ id: people.id, name: people.name }).from(people).where(and(eq(people.tenantId, ctx.tenantId), inArray(people.id, ids)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function findAnalysis(ctx: TenantContext, id: string, today: string): Promise<AnalysisRow | null> {
  const [row] = await selectSummaries(ctx, today).where(and(eq(riskAnalyses.tenantId, ctx.tenantId), eq(riskAnalyses.id, id)));
  return row ?? null;
}

export interface AnalysisFilter {
  q?: string;
  status?: AnalysisStatus;
  orgUnitPath?: string;
  objectId?: string;
  riskOwnerId?: string;
  overdue: boolean;
  limit: number;
  offset: number;
}

export async function listAnalyses(ctx: TenantContext, filter: AnalysisFilter, reach: PermissionReach, today: string) {
  const conditions: Array<SQL | undefined> = [eq(riskAnalyses.tenantId, ctx.tenantId), withinReach(orgUnits.path, reach, riskAnalyses.objectId)];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(riskAnalyses.title, pattern), ilike(riskAnalyses.purpose, pattern), ilike(managedObjects.name, pattern)));
  }
  if (filter.status) conditions.push(eq(riskAnalyses.status, filter.status));
  if (filter.orgUnitPath) conditions.push(sql`starts_with(${orgUnits.path}, ${filter.orgUnitPath})`);
  if (filter.objectId) conditions.push(eq(riskAnalyses.objectId, filter.objectId));
  if (filter.riskOwnerId) conditions.push(eq(riskAnalyses.riskOwnerId, filter.riskOwnerId));
  if (filter.overdue) conditions.push(analysisOverdue(today));
  const where = and(...conditions);
  const rows = await selectSummaries(ctx, today)
    .where(where)
    .orderBy(desc(analysisOverdue(today)), sql`${riskAnalyses.nextDueDate} asc nulls last`, asc(riskAnalyses.title), asc(riskAnalyses.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await ctx.tx
    .select({ total: sql<number>`count(*)::int` })
    .from(riskAnalyses)
    .innerJoin(orgUnits, eq(orgUnits.id, riskAnalyses.orgUnitId))
    .leftJoin(managedObjects, eq(managedObjects.id, riskAnalyses.objectId))
    .where(where);
  return { total: count?.total ?? 0, rows };
}

export type AnalysisInsert = Omit<typeof riskAnalyses.$inferInsert, 'tenantId'>;

export async function insertAnalysis(ctx: TenantContext, values: AnalysisInsert): Promise<string> {
  const [row] = await ctx.tx.insert(riskAnalyses).values({ ...values, tenantId: ctx.tenantId }).returning({ id: riskAnalyses.id });
  return row!.id;
}

export type AnalysisChanges = Partial<Omit<AnalysisInsert, 'id' | 'version' | 'createdAt'>>;

/** Updates if the version still matches; false means someone else changed it first. */
export async function updateAnalysisVersioned(ctx: TenantContext, id: string, version: number, changes: AnalysisChanges): Promise<boolean> {
  const rows = await ctx.tx
    .update(riskAnalyses)
    .set({ ...changes, version: sql`${riskAnalyses.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(riskAnalyses.tenantId, ctx.tenantId), eq(riskAnalyses.id, id), eq(riskAnalyses.version, version)))
    .returning({ id: riskAnalyses.id });
  return rows.length === 1;
}

/** Approved analyses of these objects are due again at once (a new integration, a procurement…). */
export async function requestAnalysisReview(ctx: TenantContext, objectIds: string[], trigger: AnalysisTrigger): Promise<string[]> {
  if (objectIds.length === 0) return [];
  const rows = await ctx.tx
    .update(riskAnalyses)
    .set({ reviewTrigger: trigger, reviewRequestedAt: sql`now()`, version: sql`${riskAnalyses.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(riskAnalyses.tenantId, ctx.tenantId), eq(riskAnalyses.status, 'approved'), sql`${riskAnalyses.objectId} = any(${`{${objectIds.join(',')}}`}::uuid[])`))
    .returning({ id: riskAnalyses.id });
  return rows.map((row) => row.id);
}
