import { and, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import type { PermissionReach } from '../../../shared/access.js';
import type { Aspect } from '../../../shared/classification/aspects.js';
import type { RiskStatus, Treatment } from '../../../shared/risk/analysis.js';
import type { RiskLevel } from '../../../shared/risk/matrix.js';
import type { ThreatOrigin } from '../../../shared/risk/threatOrigins.js';
import type { Risk, RiskFilter, riskSorts } from '../../../shared/schemas/risk.js';
import type { TenantContext } from '../../db/context.js';
import { rawRows } from '../../db/rawRows.js';
import { withinReach } from '../../db/reachFilter.js';
import { managedObjects, orgUnits, people, riskAnalyses, riskLevelHistory, risks } from '../../db/schema/index.js';

export const riskColumns = {
  id: risks.id,
  analysisId: risks.analysisId,
  analysisTitle: riskAnalyses.title,
  objectId: riskAnalyses.objectId,
  objectName: managedObjects.name,
  orgUnitId: riskAnalyses.orgUnitId,
  orgUnitName: orgUnits.name,
  riskOwnerId: riskAnalyses.riskOwnerId,
  riskOwnerName: people.name,
  threatCode: risks.threatCode,
  title: risks.title,
  cause: risks.cause,
  event: risks.event,
  consequence: risks.consequence,
  threatOrigin: risks.threatOrigin,
  aspects: risks.aspects,
  likelihood: risks.likelihood,
  impact: risks.impact,
  score: risks.score,
  level: risks.level,
  treatment: risks.treatment,
  treatmentRationale: risks.treatmentRationale,
  residualLikelihood: risks.residualLikelihood,
  residualImpact: risks.residualImpact,
  residualScore: risks.residualScore,
  residualLevel: risks.residualLevel,
  status: risks.status,
  acceptedUntil: risks.acceptedUntil,
  version: risks.version,
  createdAt: risks.createdAt,
  updatedAt: risks.updatedAt,
};

function selectRisks(ctx: TenantContext) {
  return ctx.tx
    .select(riskColumns)
    .from(risks)
    .innerJoin(riskAnalyses, eq(riskAnalyses.id, risks.analysisId))
    .innerJoin(orgUnits, eq(orgUnits.id, riskAnalyses.orgUnitId))
    .leftJoin(managedObjects, eq(managedObjects.id, riskAnalyses.objectId))
    .leftJoin(people, eq(people.id, riskAnalyses.riskOwnerId));
}

export type RiskRow = Awaited<ReturnType<ReturnType<typeof selectRisks>['where']>>[number];
export interface ActionCounts {
  actionCount: number;
  overdueActions: number;
}

export function toRisk(row: RiskRow, counts: ActionCounts | undefined, today: string): Risk {
  const { riskOwnerId, riskOwnerName, ...rest } = row;
  return {
    ...rest,
    riskOwner: riskOwnerId && riskOwnerName ? { id: riskOwnerId, name: riskOwnerName } : null,
    threatOrigin: row.threatOrigin as ThreatOrigin,
    aspects: row.aspects as Aspect[],
    level: row.level as RiskLevel,
    treatment: row.treatment as Treatment | null,
    residualLevel: row.residualLevel as RiskLevel | null,
    status: row.status as RiskStatus,
    acceptanceExpired: row.status === 'accepted' && row.acceptedUntil !== null && row.acceptedUntil < today,
    actionCount: counts?.actionCount ?? 0,
    overdueActions: counts?.overdueActions ?? 0,
  };
}

const overdueRiskAction = (today: string) =>
  sql`a.due_date < ${today} and a.status not in ('done', 'cancelled')`;

/** Treatment actions and how many are overdue, for the risks on one page. */
export async function actionCountsOf(ctx: TenantContext, riskIds: string[], today: string): Promise<Map<string, ActionCounts>> {
  if (riskIds.length === 0) return new Map();
  const rows = await rawRows<{ risk_id: string; action_count: number; overdue_actions: number }>(ctx.tx, sql`
    select a.risk_id, count(*)::int as action_count, (count(*) filter (where ${overdueRiskAction(today)}))::int as overdue_actions
    from actions a
    where a.tenant_id = ${ctx.tenantId} and a.risk_id = any(${`{${riskIds.join(',')}}`}::uuid[])
    group by a.risk_id`);
  return new Map(rows.map((row) => [row.risk_id, { actionCount: row.action_count, overdueActions: row.overdue_actions }]));
}

export async function findRisk(ctx: TenantContext, id: string): Promise<RiskRow | null> {
  const [row] = await selectRisks(ctx).where(and(eq(risks.tenantId, ctx.tenantId), eq(risks.id, id)));
  return row ?? null;
}

export async function risksOfAnalysis(ctx: TenantContext, analysisId: string): Promise<RiskRow[]> {
  return selectRisks(ctx)
    .where(and(eq(risks.tenantId, ctx.tenantId), eq(risks.analysisId, analysisId)))
    .orderBy(desc(risks.score), asc(risks.createdAt), asc(risks.id));
}

/** Row lock before a versioned change, so an acceptance and an edit cannot interleave. */
export async function lockRisk(ctx: TenantContext, id: string) {
  const [row] = await ctx.tx.select().from(risks).where(and(eq(risks.tenantId, ctx.tenantId), eq(risks.id, id))).for('update');
  return row ?? null;
}

/**
 * The register's filter: `where` reads `risks` and, when `joinsAnalysis` is set, the risk's
 * analysis and its org unit (reach, owner, org unit, object). Without those filters the counts,
 * heat map and page ids come from `risks` and its indexes alone; every risk has an analysis
 * and an org unit, so the join changes no answer.
 */
export interface RiskCondition {
  where: SQL | undefined;
  joinsAnalysis: boolean;
}

/** The register's conditions; without a status filter, closed risks are left out. */
export function riskConditions(ctx: TenantContext, filter: RiskFilter & { orgUnitPath?: string; includeClosed?: boolean }, reach: PermissionReach, today: string): RiskCondition {
  const onAnalysis: Array<SQL | undefined> = [withinReach(orgUnits.path, reach, riskAnalyses.objectId)];
  if (filter.ownerId) onAnalysis.push(eq(riskAnalyses.riskOwnerId, filter.ownerId));
  if (filter.orgUnitPath) onAnalysis.push(sql`starts_with(${orgUnits.path}, ${filter.orgUnitPath})`);
  if (filter.objectId) onAnalysis.push(eq(riskAnalyses.objectId, filter.objectId));
  const conditions: Array<SQL | undefined> = [eq(risks.tenantId, ctx.tenantId), ...onAnalysis];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // The same ILIKE on the four texts either way. A term with a trigram (three letters or
    // digits in a row) is looked up in the trigram indexes by varn_risks_matching: under
    // row-level security the planner cannot use them for ILIKE (migration 0007). Shorter
    // terms have no trigram to look up, so they are matched row by row.
    conditions.push(
      /[\p{L}\p{N}]{3}/u.test(filter.q)
        ? sql`${risks.id} = any(array(select varn_risks_matching(${pattern})))`
        : or(ilike(risks.title, pattern), ilike(risks.event, pattern), ilike(risks.cause, pattern), ilike(risks.consequence, pattern)),
    );
  }
  if (filter.level) conditions.push(eq(risks.level, filter.level));
  if (filter.residualLevel) conditions.push(eq(risks.residualLevel, filter.residualLevel));
  if (filter.treatment) conditions.push(filter.treatment === 'none' ? isNull(risks.treatment) : eq(risks.treatment, filter.treatment));
  if (!filter.status) conditions.push(filter.includeClosed ? undefined : sql`${risks.status} <> 'closed'`);
  else if (filter.status === 'acceptance_expired') conditions.push(and(eq(risks.status, 'accepted'), sql`${risks.acceptedUntil} < ${today}`));
  else conditions.push(eq(risks.status, filter.status));
  if (filter.analysisId) conditions.push(eq(risks.analysisId, filter.analysisId));
  if (filter.threatOrigin) conditions.push(eq(risks.threatOrigin, filter.threatOrigin));
  if (filter.overdueActions) {
    conditions.push(sql`exists (select 1 from actions a where a.tenant_id = ${ctx.tenantId} and a.risk_id = ${risks.id} and ${overdueRiskAction(today)})`);
  }
  return { where: and(...conditions), joinsAnalysis: onAnalysis.some((condition) => condition !== undefined) };
}

/** `select fields from risks`, joined to the analysis and its org unit only when the condition reads them. */
export function selectFilteredRisks<Fields extends SelectedFields>(ctx: TenantContext, fields: Fields, condition: RiskCondition) {
  const query = ctx.tx.select(fields).from(risks).$dynamic();
  if (condition.joinsAnalysis) {
    // Dynamic builders join in place.
    query.innerJoin(riskAnalyses, eq(riskAnalyses.id, risks.analysisId));
    query.innerJoin(orgUnits, eq(orgUnits.id, riskAnalyses.orgUnitId));
  }
  return query.where(condition.where);
}

const sortOrders: Record<(typeof riskSorts)[number], SQL[]> = {
  score: [sql`${risks.score} desc`, sql`${risks.updatedAt} desc`],
  residual: [sql`${risks.residualScore} desc nulls last`, sql`${risks.score} desc`],
  updated: [sql`${risks.updatedAt} desc`],
  title: [sql`${risks.title} asc`],
};

/**
 * A page of the register and the count. The page's ids are picked from `risks` (and the joins
 * the filter needs) first, then only those rows are joined for display: a deep offset then
 * skips index entries instead of fully joined rows.
 */
export async function listRisks(
  ctx: TenantContext,
  condition: RiskCondition,
  page: { sort: (typeof riskSorts)[number]; limit: number; offset: number },
): Promise<{ total: number; rows: RiskRow[] }> {
  const order = [...sortOrders[page.sort], asc(risks.id)];
  const pageIds = selectFilteredRisks(ctx, { id: risks.id }, condition)
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset);
  const rows = await selectRisks(ctx)
    .where(and(eq(risks.tenantId, ctx.tenantId), inArray(risks.id, pageIds)))
    .orderBy(...order);
  const [count] = await selectFilteredRisks(ctx, { total: sql<number>`count(*)::int` }, condition);
  return { total: count?.total ?? 0, rows };
}

export type RiskInsert = Omit<typeof risks.$inferInsert, 'tenantId'>;

export async function insertRisk(ctx: TenantContext, values: RiskInsert): Promise<string> {
  const [row] = await ctx.tx.insert(risks).values({ ...values, tenantId: ctx.tenantId }).returning({ id: risks.id });
  return row!.id;
}

export type RiskChanges = Partial<Omit<RiskInsert, 'id' | 'analysisId' | 'version' | 'createdAt'>>;

export async function updateRiskVersioned(ctx: TenantContext, id: string, version: number, changes: RiskChanges): Promise<boolean> {
  const rows = await ctx.tx
    .update(risks)
    .set({ ...changes, version: sql`${risks.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(risks.tenantId, ctx.tenantId), eq(risks.id, id), eq(risks.version, version)))
    .returning({ id: risks.id });
  return rows.length === 1;
}

/** One point in a risk's level history (levels over time). */
export async function recordLevels(ctx: TenantContext, entries: Array<{ riskId: string; level: string; residualLevel: string | null; status: string }>) {
  if (entries.length === 0) return;
  await ctx.tx.insert(riskLevelHistory).values(entries.map((entry) => ({ ...entry, tenantId: ctx.tenantId })));
}
