import { beforeAll, describe, expect, it } from 'vitest';
import { defaultRiskMatrix, scoreRisk } from '../../shared/risk/matrix.js';
import type { Risk, RiskAnalysisSummary, RiskDetail, RiskTrend } from '../../shared/schemas/risk.js';
import { useTestApp } from '../testing/fixtures.js';
import { signIn, type Client } from '../testing/testApp.js';
import { ownerLoginObjects } from './registerOwners.js';
import { pendingExtreme } from './riskDemoTexts.js';
import { seedDemo } from './seedDemo.js';

const password = 'demo-password-for-tests';
const addTwelveMonths = (timestamp: string) => {
  const date = new Date(timestamp);
  date.setUTCMonth(date.getUTCMonth() + 12);
  return date.toISOString().slice(0, 10);
};

describe("Exempelkommun's risk analyses", () => {
  const test = useTestApp();
  let ciso: Client;
  let analyses: RiskAnalysisSummary[];
  let risks: Risk[];

  beforeAll(async () => {
    await seedDemo(test.database, password, false);
    ciso = await signIn(test.app, 'ciso@exempelkommun.se', password);
    analyses = (await ciso.get('/api/v1/risk-analyses?limit=1000')).json().items;
    // The register leaves closed risks out unless asked for them.
    risks = [...(await ciso.get('/api/v1/risks?limit=1000')).json().items, ...(await ciso.get('/api/v1/risks?limit=1000&status=closed')).json().items];
  }, 300_000);

  const count = <T>(list: T[], test: (item: T) => boolean) => list.filter(test).length;

  it('has about 80 analyses, mostly of förvaltningsobjekt, in every status, some of them overdue', () => {
    expect(analyses.length).toBeGreaterThanOrEqual(75);
    expect(analyses.length).toBeLessThanOrEqual(90);
    expect(count(analyses, (analysis) => analysis.subjectKind === 'object')).toBeGreaterThan(60);
    expect(count(analyses, (analysis) => analysis.subjectKind === 'system')).toBeGreaterThan(0);
    expect(analyses.filter((analysis) => analysis.subjectKind === 'process').map((analysis) => analysis.processName)).toContain('Utbetalning av försörjningsstöd');
    expect(count(analyses, (analysis) => analysis.subjectKind === 'org_unit')).toBeGreaterThan(0);
    for (const status of ['planned', 'in_progress', 'done'] as const) expect(count(analyses, (analysis) => analysis.status === status), status).toBeGreaterThan(0);
    const approved = analyses.filter((analysis) => analysis.status === 'approved');
    expect(approved.length).toBeGreaterThan(analyses.length / 2);
    for (const analysis of approved.filter((candidate) => !candidate.reviewTrigger)) expect(analysis.nextDueDate, analysis.title).toBe(addTwelveMonths(analysis.approvedAt!));
    expect(count(approved, (analysis) => analysis.overdue)).toBeGreaterThanOrEqual(5);
    const triggered = approved.filter((analysis) => analysis.reviewTrigger);
    expect(triggered.length).toBeGreaterThan(0);
    expect(triggered.every((analysis) => analysis.overdue)).toBe(true);
    expect(count(approved, (analysis) => !analysis.overdue)).toBeGreaterThan(count(approved, (analysis) => analysis.overdue));
    expect(analyses.every((analysis) => analysis.riskOwner && analysis.lead && analysis.purpose.length > 40)).toBe(true);
  });

  it('has about 600 risks, most from the threat catalogue, scored on the default matrix with lower residual risk when reduced', () => {
    expect(risks.length).toBeGreaterThanOrEqual(540);
    expect(risks.length).toBeLessThanOrEqual(660);
    expect(count(risks, (risk) => risk.threatCode !== null)).toBeGreaterThan(risks.length * 0.8);
    for (const risk of risks) {
      expect({ score: risk.score, level: risk.level }, risk.title).toEqual(scoreRisk(defaultRiskMatrix, risk.likelihood, risk.impact));
      if (risk.treatment) expect(risk.treatmentRationale?.length, risk.title).toBeGreaterThan(20);
      if (risk.treatment === 'reduce') expect(risk.residualScore!, risk.title).toBeLessThan(risk.score);
    }
    for (const level of ['low', 'medium', 'high', 'extreme'] as const) expect(count(risks, (risk) => risk.level === level), level).toBeGreaterThan(0);
    expect(count(risks, (risk) => risk.treatment !== null)).toBeGreaterThan(risks.length * 0.8);
  });

  it('has accepted risks signed by their riskägare or chef, some of them expired', async () => {
    const accepted = risks.filter((risk) => risk.status === 'accepted');
    expect(accepted.length).toBeGreaterThanOrEqual(30);
    const expired = (await ciso.get('/api/v1/risks?status=acceptance_expired&limit=1000')).json().items as Risk[];
    expect(expired.length).toBeGreaterThanOrEqual(5);
    expect(expired.length).toBeLessThan(accepted.length / 2);
    const detail = (await ciso.get(`/api/v1/risks/${expired[0].id}`)).json() as RiskDetail;
    expect(detail.acceptanceExpired).toBe(true);
    expect(detail.acceptances[0]).toMatchObject({ status: 'accepted', expired: true });
    expect(detail.acceptances[0].signatures[0].personName).toBeTruthy();
    expect(['risk_owner', 'line_manager']).toContain(detail.acceptances[0].signatures[0].capacity);
  });

  it('has reduction actions in the shared action model, some overdue', async () => {
    const actions = risks.reduce((sum, risk) => sum + risk.actionCount, 0);
    expect(actions).toBeGreaterThanOrEqual(90);
    expect(actions).toBeLessThanOrEqual(160);
    const overdue = (await ciso.get('/api/v1/risks?overdueActions=true&limit=1000')).json().items as Risk[];
    expect(overdue.length).toBeGreaterThanOrEqual(5);
    expect(overdue.every((risk) => risk.overdueActions > 0 && risk.treatment === 'reduce')).toBe(true);
  });

  it('shows risk levels moving over the last twelve months', async () => {
    const { months } = (await ciso.get('/api/v1/risks/trend')).json() as RiskTrend;
    expect(months).toHaveLength(12);
    const totals = months.map((month) => month.low + month.medium + month.high + month.extreme);
    expect(new Set(totals).size).toBeGreaterThan(3);
    expect(totals[11]).toBeGreaterThan(totals[0]);
  });

  it('lets owner@ see the risks of her own objects as their riskägare', async () => {
    const owner = await signIn(test.app, 'owner@exempelkommun.se', password);
    const me = (await owner.get('/api/v1/me')).json();
    const mine = (await owner.get(`/api/v1/risks?ownerId=${me.personId}&limit=1000`)).json().items as Risk[];
    expect(mine.length).toBeGreaterThan(5);
    expect(new Set(mine.map((risk) => risk.objectName)).size).toBeGreaterThan(1);
    for (const risk of mine) expect(Object.keys(ownerLoginObjects)).toContain(risk.objectName);
  });

  it('has one extreme risk signed by the CISO that waits for the kommundirektör, who can sign it', async () => {
    const extreme = (await ciso.get('/api/v1/risks?level=extreme&limit=100')).json().items as Risk[];
    // The object's own analysis, not the one of its pump-station system.
    const waiting = extreme.find((risk) => risk.analysisTitle.startsWith(`Riskanalys ${pendingExtreme.objectName}`) && risk.threatCode === pendingExtreme.threatCode)!;
    expect(waiting).toBeDefined();
    const detail = (await ciso.get(`/api/v1/risks/${waiting.id}`)).json() as RiskDetail;
    expect(detail.acceptances).toMatchObject([{ status: 'pending', rung: 'ciso_and_director', stillNeeded: ['municipal_director'], signatures: [{ capacity: 'ciso', personName: 'Karin Ekström' }] }]);

    const director = await signIn(test.app, 'director@exempelkommun.se', password);
    expect((await director.get(`/api/v1/risks/${waiting.id}`)).json().capabilities.accept).toBe(true);
    const signed = await director.post(`/api/v1/risks/${waiting.id}/accept`, { reason: 'Accepteras till och med att den nya plattformen är i drift.' });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'accepted', acceptances: [{ status: 'accepted', stillNeeded: [] }] });
  });
});
