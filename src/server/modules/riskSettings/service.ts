import { isDeepStrictEqual } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { defaultAcceptanceRules, type AcceptanceRules } from '../../../shared/risk/acceptance.js';
import { defaultRiskMatrix, matrixProblems, type RiskMatrix } from '../../../shared/risk/matrix.js';
import type { RiskSettings, riskSettingsUpdate } from '../../../shared/schemas/risk.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { tenants } from '../../db/schema/index.js';
import { DomainError, versionConflict } from '../../http/domainError.js';
import { loadRiskConfig } from '../risk/config.js';
import { rescoreOpenRisks, stepsInUseBeyond } from './queries.js';

export const readRiskSettings = (ctx: TenantContext): Promise<RiskSettings> => loadRiskConfig(ctx);

/** Colours compare and store in one spelling, so saving the MSB matrix again counts as the default. */
const normalised = (matrix: RiskMatrix): RiskMatrix => ({ ...matrix, bands: matrix.bands.map((band) => ({ ...band, colour: band.colour.toLowerCase() })) });

/** matrixProblems says `bands.2.from: …`; the API names the field from the body's root. */
function invalidMatrix(problems: string[]): DomainError {
  const errors = problems.map((problem) => {
    const split = problem.indexOf(': ');
    return { path: `matrix.${problem.slice(0, split)}`, message: problem.slice(split + 2) };
  });
  return new DomainError(422, 'matrix_invalid', `The matrix cannot be used: ${problems.join('; ')}`, {}, errors);
}

/** Shrinking a scale under risks that still use the dropped steps would leave them off the matrix. */
async function refuseStepsInUse(ctx: TenantContext, matrix: RiskMatrix): Promise<void> {
  const inUse = await stepsInUseBeyond(ctx, matrix.likelihood.length, matrix.impact.length);
  if (inUse.length === 0) return;
  const errors = inUse.map(({ scale, step, risks }) => ({ path: `matrix.${scale}`, message: `${risks} risk(s) that are not closed use ${scale} ${step}` }));
  throw new DomainError(
    409,
    'matrix_values_in_use',
    `Change or close these risks before removing their steps: ${errors.map((error) => error.message).join('; ')}`,
    {},
    errors,
  );
}

/**
 * Saves the tenant's matrix, acceptance rules and intervals. A new matrix re-scores every risk
 * that is not closed, in the same transaction, and the audit event says how many moved.
 */
export async function updateRiskSettings(ctx: TenantContext, input: z.output<typeof riskSettingsUpdate>): Promise<RiskSettings & { rescored: number }> {
  const matrix = input.matrix && normalised(input.matrix);
  const problems = matrix ? matrixProblems(matrix) : [];
  if (problems.length > 0) throw invalidMatrix(problems);

  const before = await loadRiskConfig(ctx);
  const matrixChanged = matrix !== undefined && !isDeepStrictEqual(matrix, before.matrix);
  const rules: AcceptanceRules | undefined = input.acceptanceRules;
  // The conditional update locks the tenant row first, so no other settings write interleaves.
  const [updated] = await ctx.tx
    .update(tenants)
    .set({
      ...(matrix && { riskMatrix: isDeepStrictEqual(matrix, defaultRiskMatrix) ? null : matrix }),
      ...(rules && { riskAcceptanceRules: isDeepStrictEqual(rules, defaultAcceptanceRules) ? null : rules }),
      ...(input.analysisIntervalMonths !== undefined && { riskAnalysisIntervalMonths: input.analysisIntervalMonths }),
      ...(input.acceptanceReminderDays !== undefined && { acceptanceReminderDays: input.acceptanceReminderDays }),
      settingsVersion: sql`${tenants.settingsVersion} + 1`,
    })
    .where(and(eq(tenants.id, ctx.tenantId), eq(tenants.settingsVersion, input.version)))
    .returning({ id: tenants.id });
  if (!updated) throw versionConflict('risk settings');

  let rescored = 0;
  if (matrix && matrixChanged) {
    await refuseStepsInUse(ctx, matrix);
    rescored = await rescoreOpenRisks(ctx, matrix.bands);
  }
  const after = await loadRiskConfig(ctx);
  await recordAudit(ctx, { action: 'risk_settings.updated', entityType: 'tenant', entityId: ctx.tenantId, before, after: { ...after, rescoredRisks: rescored } });
  return { ...after, rescored };
}
