import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { defaultAcceptanceRules } from '../../../shared/risk/acceptance.js';
import type { RiskStatus } from '../../../shared/risk/analysis.js';
import { defaultRiskMatrix, scoreRisk, type LevelBand, type RiskMatrix } from '../../../shared/risk/matrix.js';
import { withTenant } from '../../db/context.js';
import { riskAnalyses, riskLevelHistory, risks } from '../../db/schema/index.js';
import { makeTenant, testPassword, type TestTenant } from '../../testing/factories.js';
import { useTestApp } from '../../testing/fixtures.js';
import { readAuditEvents, signIn } from '../../testing/testApp.js';

describe('risk settings', () => {
  const setup = useTestApp();

  /** A fresh tenant per test: settings_version is tenant-wide, so tests must not share one. */
  async function freshTenant() {
    const tenant = await makeTenant(setup.database);
    const ciso = await signIn(setup.app, (await tenant.user([{ role: 'ciso' }])).email, testPassword);
    return { tenant, ciso };
  }

  interface RiskValues {
    likelihood: number;
    impact: number;
    residual?: [number, number];
    status?: RiskStatus;
  }

  /** Risks written straight to the table, scored on the default matrix as the risk service would. */
  async function insertRisks(tenant: TestTenant, values: RiskValues[]): Promise<string[]> {
    return withTenant(tenant.database, tenant.tenantId, null, async (ctx) => {
      const [analysis] = await ctx.tx
        .insert(riskAnalyses)
        .values({ tenantId: tenant.tenantId, orgUnitId: tenant.rootOrgUnitId, subjectKind: 'org_unit', title: 'Riskanalys', purpose: 'Test' })
        .returning({ id: riskAnalyses.id });
      const rows = values.map(({ likelihood, impact, residual, status }) => {
        const inherent = scoreRisk(defaultRiskMatrix, likelihood, impact);
        const remaining = residual && scoreRisk(defaultRiskMatrix, ...residual);
        return {
          tenantId: tenant.tenantId,
          analysisId: analysis!.id,
          title: `Risk ${likelihood}×${impact}`,
          cause: 'orsak',
          event: 'händelse',
          consequence: 'konsekvens',
          threatOrigin: 'technology',
          likelihood,
          impact,
          score: inherent.score,
          level: inherent.level,
          residualLikelihood: residual?.[0] ?? null,
          residualImpact: residual?.[1] ?? null,
          residualScore: remaining?.score ?? null,
          residualLevel: remaining?.level ?? null,
          status: status ?? 'open',
        };
      });
      return (await ctx.tx.insert(risks).values(rows).returning({ id: risks.id })).map((row) => row.id);
    });
  }

  const riskRow = (tenant: TestTenant, id: string) =>
    withTenant(tenant.database, tenant.tenantId, null, async (ctx) => (await ctx.tx.select().from(risks).where(eq(risks.id, id)))[0]!);
  const historyOf = (tenant: TestTenant, id: string) =>
    withTenant(tenant.database, tenant.tenantId, null, (ctx) => ctx.tx.select().from(riskLevelHistory).where(eq(riskLevelHistory.riskId, id)));

  const withBands = (matrix: RiskMatrix, froms: number[]): RiskMatrix => ({ ...matrix, bands: matrix.bands.map((band, index): LevelBand => ({ ...band, from: froms[index]! })) });

  it('starts every tenant on the MSB 4×4 matrix and default rules, readable by anyone who reads risks', async () => {
    const { tenant } = await freshTenant();
    const riskOwner = await signIn(setup.app, (await tenant.user([{ role: 'risk_owner', orgUnitId: tenant.rootOrgUnitId }])).email, testPassword);
    const response = await riskOwner.get('/api/v1/risk-settings');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      matrix: defaultRiskMatrix,
      acceptanceRules: defaultAcceptanceRules,
      analysisIntervalMonths: 12,
      acceptanceReminderDays: 30,
      defaultMatrix: true,
      version: 1,
    });
  });

  it('re-scores risks that are not closed when a threshold moves, records their new levels, and goes back to the MSB default', async () => {
    const { tenant, ciso } = await freshTenant();
    // 2×4 = 8 is high until high starts at 9; residual 1×3 = 3 is medium until medium starts at 4.
    const [movesDown, unchanged, closed] = await insertRisks(tenant, [
      { likelihood: 2, impact: 4, residual: [1, 3] },
      { likelihood: 4, impact: 4, residual: [1, 1], status: 'accepted' },
      { likelihood: 2, impact: 4, status: 'closed' },
    ]);
    const response = await ciso.patch('/api/v1/risk-settings', {
      version: 1,
      matrix: withBands(defaultRiskMatrix, [1, 4, 9, 16]),
      acceptanceRules: { ...defaultAcceptanceRules, high: 'ciso' },
      analysisIntervalMonths: 24,
      acceptanceReminderDays: 14,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      defaultMatrix: false,
      version: 2,
      rescored: 1,
      analysisIntervalMonths: 24,
      acceptanceReminderDays: 14,
      acceptanceRules: { high: 'ciso', extreme: 'ciso_and_director' },
    });
    expect(response.json().matrix.bands.map((band: LevelBand) => band.from)).toEqual([1, 4, 9, 16]);

    expect(await riskRow(tenant, movesDown!)).toMatchObject({ score: 8, level: 'medium', residualScore: 3, residualLevel: 'low' });
    expect(await historyOf(tenant, movesDown!)).toEqual([expect.objectContaining({ level: 'medium', residualLevel: 'low', status: 'open' })]);
    expect(await riskRow(tenant, unchanged!)).toMatchObject({ level: 'extreme', residualLevel: 'low' });
    expect(await historyOf(tenant, unchanged!)).toEqual([]);
    // A closed risk is history: it keeps the level it was closed with.
    expect(await riskRow(tenant, closed!)).toMatchObject({ level: 'high' });
    expect((await ciso.get('/api/v1/risk-settings')).json()).toMatchObject({ version: 2, analysisIntervalMonths: 24 });

    const reset = await ciso.patch('/api/v1/risk-settings', { version: 2, matrix: defaultRiskMatrix, acceptanceRules: defaultAcceptanceRules });
    expect(reset.json()).toMatchObject({ defaultMatrix: true, rescored: 1, version: 3, acceptanceRules: defaultAcceptanceRules });
    expect(await riskRow(tenant, movesDown!)).toMatchObject({ level: 'high', residualLevel: 'medium' });
    expect(await historyOf(tenant, movesDown!)).toHaveLength(2);
  });

  it('withdraws the acceptance of a risk whose accepted level moves, and keeps one whose level stays', async () => {
    const { tenant, ciso } = await freshTenant();
    // Residual 1×3 = 3 was accepted as medium; with medium from 4 it becomes low: a new decision is needed.
    const [moves, stays] = await insertRisks(tenant, [
      { likelihood: 2, impact: 4, residual: [1, 3], status: 'accepted' },
      { likelihood: 4, impact: 4, residual: [1, 1], status: 'accepted' },
    ]);
    const response = await ciso.patch('/api/v1/risk-settings', { version: 1, matrix: withBands(defaultRiskMatrix, [1, 4, 9, 16]) });
    expect(response.statusCode, response.body).toBe(200);
    expect(await riskRow(tenant, moves!)).toMatchObject({ residualLevel: 'low', status: 'open', acceptedUntil: null });
    expect(await riskRow(tenant, stays!)).toMatchObject({ residualLevel: 'low', status: 'accepted' });
  });

  it('audits the change with before, after and the number of re-scored risks', async () => {
    const { tenant, ciso } = await freshTenant();
    await insertRisks(tenant, [{ likelihood: 3, impact: 4 }, { likelihood: 4, impact: 3 }]);
    const red = { ...defaultRiskMatrix, bands: defaultRiskMatrix.bands.map((band) => (band.level === 'high' ? { ...band, from: 13, label: { sv: 'Betydande', en: 'Considerable' } } : band)) };
    expect((await ciso.patch('/api/v1/risk-settings', { version: 1, matrix: red })).json().rescored).toBe(2);
    const events = (await readAuditEvents(ciso, `entityType=tenant&entityId=${tenant.tenantId}`)).items.filter((event) => event.action === 'risk_settings.updated');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      before: { defaultMatrix: true, version: 1, matrix: { bands: expect.arrayContaining([expect.objectContaining({ level: 'high', from: 8 })]) } },
      after: { defaultMatrix: false, version: 2, rescoredRisks: 2, matrix: { bands: expect.arrayContaining([expect.objectContaining({ level: 'high', from: 13 })]) } },
    });
  });

  it('answers 409 to a stale version, which it shares with the other organisation settings', async () => {
    const { ciso } = await freshTenant();
    expect((await ciso.patch('/api/v1/settings', { version: 1, classificationValidityMonths: 6 })).statusCode).toBe(200);
    const stale = await ciso.patch('/api/v1/risk-settings', { version: 1, analysisIntervalMonths: 6 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect((await ciso.patch('/api/v1/risk-settings', { version: 2, analysisIntervalMonths: 6 })).json()).toMatchObject({ version: 3, analysisIntervalMonths: 6 });
    expect((await ciso.get('/api/v1/settings')).json().version).toBe(3);
  });

  it('refuses bands that do not rise, with 422 naming each band field, and writes nothing', async () => {
    const { ciso } = await freshTenant();
    const bands = [
      { ...defaultRiskMatrix.bands[0]!, from: 2 },
      defaultRiskMatrix.bands[1]!,
      { ...defaultRiskMatrix.bands[2]!, from: 3 },
      { ...defaultRiskMatrix.bands[3]!, level: 'medium', from: 17 },
    ];
    const response = await ciso.patch('/api/v1/risk-settings', { version: 1, matrix: { ...defaultRiskMatrix, bands }, analysisIntervalMonths: 6 });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('matrix_invalid');
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['matrix.bands.0.from', 'matrix.bands.2.from', 'matrix.bands.3.level', 'matrix.bands.3.from']));
    expect(paths).not.toContain('matrix.bands.1.from');
    expect((await ciso.get('/api/v1/risk-settings')).json()).toMatchObject({ version: 1, analysisIntervalMonths: 12, defaultMatrix: true });
  });

  it('refuses scales outside 3-6 steps and colours that are not #rrggbb, naming the field', async () => {
    const { ciso } = await freshTenant();
    const twoSteps = await ciso.patch('/api/v1/risk-settings', { version: 1, matrix: { ...defaultRiskMatrix, impact: defaultRiskMatrix.impact.slice(0, 2) } });
    expect(twoSteps.statusCode).toBe(400);
    expect(twoSteps.json().errors.map((error: { path: string }) => error.path)).toContain('body.matrix.impact');
    const colour = await ciso.patch('/api/v1/risk-settings', { version: 1, matrix: { ...defaultRiskMatrix, bands: [{ ...defaultRiskMatrix.bands[0]!, colour: 'green' }, ...defaultRiskMatrix.bands.slice(1)] } });
    expect(colour.statusCode).toBe(400);
    expect(colour.json().errors.map((error: { path: string }) => error.path)).toContain('body.matrix.bands.0.colour');
  });

  it('refuses to drop a step that risks still use, saying how many use which step; closed risks do not count', async () => {
    const { tenant, ciso } = await freshTenant();
    await insertRisks(tenant, [
      { likelihood: 4, impact: 1 },
      { likelihood: 4, impact: 2, residual: [2, 2], status: 'in_treatment' },
      { likelihood: 1, impact: 1, residual: [3, 1] },
      { likelihood: 1, impact: 4, status: 'closed' },
    ]);
    const threeByThree: RiskMatrix = { likelihood: defaultRiskMatrix.likelihood.slice(0, 3), impact: defaultRiskMatrix.impact.slice(0, 3), bands: withBands(defaultRiskMatrix, [1, 3, 6, 9]).bands };
    const refused = await ciso.patch('/api/v1/risk-settings', { version: 1, matrix: threeByThree });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('matrix_values_in_use');
    expect(refused.json().errors).toEqual([{ path: 'matrix.likelihood', message: '2 risk(s) that are not closed use likelihood 4' }]);
    expect((await ciso.get('/api/v1/risk-settings')).json()).toMatchObject({ version: 1, defaultMatrix: true });

    // Only the closed risk uses impact 4, so the impact scale may shrink.
    const fourByThree: RiskMatrix = { ...threeByThree, likelihood: defaultRiskMatrix.likelihood };
    const saved = await ciso.patch('/api/v1/risk-settings', { version: 1, matrix: withBands(fourByThree, [1, 3, 6, 12]) });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().matrix.impact).toHaveLength(3);
  });

  it('is read with risk.read and changed only with settings.manage', async () => {
    const { tenant } = await freshTenant();
    const employee = await signIn(setup.app, (await tenant.user([{ role: 'employee' }])).email, testPassword);
    expect((await employee.get('/api/v1/risk-settings')).statusCode).toBe(403);
    expect((await employee.patch('/api/v1/risk-settings', { version: 1, analysisIntervalMonths: 6 })).statusCode).toBe(403);
    const owner = await signIn(setup.app, (await tenant.user([{ role: 'object_owner' }])).email, testPassword);
    expect((await owner.get('/api/v1/risk-settings')).statusCode).toBe(200);
    expect((await owner.patch('/api/v1/risk-settings', { version: 1, analysisIntervalMonths: 6 })).statusCode).toBe(403);
    const admin = await signIn(setup.app, (await tenant.user([{ role: 'administrator' }])).email, testPassword);
    expect((await admin.patch('/api/v1/risk-settings', { version: 1, analysisIntervalMonths: 6 })).statusCode).toBe(200);
  });
});
