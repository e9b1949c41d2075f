import { and, eq } from 'drizzle-orm';
import type { AccessTarget } from '../../../shared/access.js';
import type { TenantContext } from '../../db/context.js';
import { orgUnits, riskAnalyses, risks } from '../../db/schema/index.js';

/**
 * Risk permissions are checked against what the analysis is of: its object (so object-scoped
 * owners reach it) or, for a process or org-unit analysis, its org unit.
 */
function toTarget(row: { objectId: string | null; path: string } | undefined): AccessTarget | null {
  if (!row) return null;
  return row.objectId ? { kind: 'object', objectId: row.objectId, path: row.path } : { kind: 'orgUnit', path: row.path };
}

export async function analysisTarget(ctx: TenantContext, analysisId: string): Promise<AccessTarget | null> {
  const [row] = await ctx.tx
    .select({ objectId: riskAnalyses.objectId, path: orgUnits.path })
    .from(riskAnalyses)
    .innerJoin(orgUnits, eq(orgUnits.id, riskAnalyses.orgUnitId))
    .where(and(eq(riskAnalyses.tenantId, ctx.tenantId), eq(riskAnalyses.id, analysisId)));
  return toTarget(row);
}

export async function riskTarget(ctx: TenantContext, riskId: string): Promise<AccessTarget | null> {
  const [row] = await ctx.tx
    .select({ objectId: riskAnalyses.objectId, path: orgUnits.path })
    .from(risks)
    .innerJoin(riskAnalyses, eq(riskAnalyses.id, risks.analysisId))
    .innerJoin(orgUnits, eq(orgUnits.id, riskAnalyses.orgUnitId))
    .where(and(eq(risks.tenantId, ctx.tenantId), eq(risks.id, riskId)));
  return toTarget(row);
}

/** Where a new analysis will live: its object, or the org unit of a process or unit analysis. */
export async function subjectTarget(ctx: TenantContext, subject: { objectId: string | null; orgUnitId: string }): Promise<AccessTarget | null> {
  const [unit] = await ctx.tx.select({ path: orgUnits.path }).from(orgUnits).where(and(eq(orgUnits.tenantId, ctx.tenantId), eq(orgUnits.id, subject.orgUnitId)));
  return toTarget(unit && { objectId: subject.objectId, path: unit.path });
}
