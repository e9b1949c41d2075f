import type { PermissionReach } from '../../../shared/access.js';
import { todayInStockholm } from '../../../shared/requirements/actionPlan.js';
import type { HeatMap, RiskFilter, riskListQuery, RiskTrend } from '../../../shared/schemas/risk.js';
import type { z } from 'zod';
import type { TenantContext } from '../../db/context.js';
import { DomainError } from '../../http/domainError.js';
import { findOrgUnit } from '../org/queries.js';
import { loadRiskConfig } from './config.js';
import { heatMapCounts, levelTrend } from './registerQueries.js';
import { actionCountsOf, listRisks, riskConditions, toRisk } from './riskQueries.js';

/** The register's filter as SQL; an unknown org unit is a 422, not an empty list. */
async function filterCondition(ctx: TenantContext, filter: RiskFilter & { includeClosed?: boolean }, reach: PermissionReach, today: string) {
  let orgUnitPath: string | undefined;
  if (filter.orgUnitId) {
    const unit = await findOrgUnit(ctx, filter.orgUnitId);
    if (!unit) throw new DomainError(422, 'reference_not_found', 'The org unit in orgUnitId does not exist');
    orgUnitPath = unit.path;
  }
  return riskConditions(ctx, { ...filter, orgUnitPath }, reach, today);
}

export async function riskRegister(ctx: TenantContext, query: z.output<typeof riskListQuery>, reach: PermissionReach) {
  const today = todayInStockholm();
  const { total, rows } = await listRisks(ctx, await filterCondition(ctx, query, reach, today), query);
  const counts = await actionCountsOf(ctx, rows.map((row) => row.id), today);
  return { total, items: rows.map((row) => toRisk(row, counts.get(row.id), today)) };
}

export async function riskHeatMap(ctx: TenantContext, filter: RiskFilter, reach: PermissionReach): Promise<HeatMap> {
  const where = await filterCondition(ctx, filter, reach, todayInStockholm());
  const { matrix } = await loadRiskConfig(ctx);
  return { matrix, ...(await heatMapCounts(ctx, where)) };
}

export async function riskLevelTrend(ctx: TenantContext, filter: RiskFilter, reach: PermissionReach, today: string): Promise<RiskTrend> {
  // A risk closed today still counts in the months it was open.
  const where = await filterCondition(ctx, { ...filter, includeClosed: true }, reach, today);
  return { months: await levelTrend(ctx, where, `${today.slice(0, 7)}-01`) };
}
