import { eq } from 'drizzle-orm';
import { defaultAcceptanceRules, type AcceptanceRules } from '../../../shared/risk/acceptance.js';
import { defaultRiskMatrix, type RiskMatrix } from '../../../shared/risk/matrix.js';
import type { TenantContext } from '../../db/context.js';
import { tenants } from '../../db/schema/index.js';

export interface RiskConfig {
  matrix: RiskMatrix;
  acceptanceRules: AcceptanceRules;
  analysisIntervalMonths: number;
  acceptanceReminderDays: number;
  /** True while the tenant has not saved a matrix of its own (the MSB default applies). */
  defaultMatrix: boolean;
  /** tenants.settings_version: shared with /api/v1/settings, so either write makes the other stale. */
  version: number;
}

/** The tenant's risk matrix and rules; null columns mean the MSB defaults from shared/risk. */
export async function loadRiskConfig(ctx: TenantContext): Promise<RiskConfig> {
  const [row] = await ctx.tx
    .select({
      matrix: tenants.riskMatrix,
      acceptanceRules: tenants.riskAcceptanceRules,
      analysisIntervalMonths: tenants.riskAnalysisIntervalMonths,
      acceptanceReminderDays: tenants.acceptanceReminderDays,
      version: tenants.settingsVersion,
    })
    .from(tenants)
    .where(eq(tenants.id, ctx.tenantId));
  if (!row) throw new Error(`tenant ${ctx.tenantId} not found`);
  return {
    matrix: row.matrix ?? defaultRiskMatrix,
    // Rules saved before a level existed fall back to the default rung for that level.
    acceptanceRules: { ...defaultAcceptanceRules, ...(row.acceptanceRules ?? {}) },
    analysisIntervalMonths: row.analysisIntervalMonths,
    acceptanceReminderDays: row.acceptanceReminderDays,
    defaultMatrix: row.matrix === null,
    version: row.version,
  };
}
