import { beforeAll, describe, expect, it } from 'vitest';
import type { RiskAnalysisDetail, RiskDetail } from '../../../shared/schemas/risk.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { makeTenant, testPassword } from '../../testing/factories.js';
import { registerFactory } from '../../testing/registerFactories.js';
import { readAuditEvents, signIn, type Client } from '../../testing/testApp.js';
import { sampleRisk, unmetRequirementAction } from './routeSamples.js';

describe('risk analyses and risks', () => {
  const setup = useAdminApp();
  let ciso: Client;
  let employee: Client;
  let unitId: string;
  let ownerId: string;
  let owner: Client;
  let objectId: string;

  beforeAll(async () => {
    unitId = (await setup.tenant.unit('Socialförvaltningen')).id;
    ciso = await setup.signInNewUser([{ role: 'ciso' }]);
    employee = await setup.signInNewUser([], unitId);
    const ownerUser = await setup.tenant.user([{ role: 'object_owner', orgUnitId: unitId }], unitId);
    ownerId = ownerUser.id;
    owner = await signIn(setup.app, ownerUser.email, testPassword);
    objectId = (await registerFactory(setup.tenant).object(unitId, { name: 'Verksamhetssystem socialtjänst' })).id;
  });

  async function newAnalysis(client = ciso, body: object = {}): Promise<RiskAnalysisDetail> {
    const response = await client.post('/api/v1/risk-analyses', { objectId, purpose: 'Årlig riskanalys', riskOwnerId: ownerId, ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }
  async function newRisk(analysisId: string, likelihood: number, impact: number, extra: object = {}): Promise<RiskDetail> {
    const response = await ciso.post(`/api/v1/risk-analyses/${analysisId}/risks`, sampleRisk(likelihood, impact, extra));
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it('starts an analysis of an object from objectId and purpose, titled after the object', async () => {
    const analysis = await newAnalysis();
    expect(analysis).toMatchObject({ subjectKind: 'object', objectId, title: 'Verksamhetssystem socialtjänst', status: 'planned', orgUnitId: unitId, riskCount: 0 });
    expect(analysis.riskOwner?.id).toBe(ownerId);
    const events = (await readAuditEvents(setup.admin, `entityId=${analysis.id}`)).items;
    expect(events.map((event) => event.action)).toContain('risk_analysis.created');
  });

  it('scores every cell of the default matrix on the way in', async () => {
    const analysis = await newAnalysis();
    const expected: Record<number, string> = { 1: 'low', 2: 'low', 3: 'medium', 4: 'medium', 6: 'medium', 8: 'high', 9: 'high', 12: 'high', 16: 'extreme' };
    for (let likelihood = 1; likelihood <= 4; likelihood += 1) {
      for (let impact = 1; impact <= 4; impact += 1) {
        const risk = await newRisk(analysis.id, likelihood, impact);
        expect([risk.score, risk.level], `${likelihood}×${impact}`).toEqual([likelihood * impact, expected[likelihood * impact]]);
      }
    }
    const listed = (await ciso.get(`/api/v1/risk-analyses/${analysis.id}`)).json() as RiskAnalysisDetail;
    expect(listed.riskCount).toBe(16);
    expect(listed.highestLevel).toBe('extreme');
  });

  it('refuses values outside the matrix, a treatment without rationale and half a residual, naming the field', async () => {
    const analysis = await newAnalysis();
    const outside = await ciso.post(`/api/v1/risk-analyses/${analysis.id}/risks`, sampleRisk(5, 2));
    expect(outside.statusCode).toBe(422);
    expect(outside.json()).toMatchObject({ code: 'out_of_matrix', errors: [{ path: 'likelihood' }] });
    const zero = await ciso.post(`/api/v1/risk-analyses/${analysis.id}/risks`, sampleRisk(2, 0));
    expect(zero.statusCode).toBe(400);
    expect(zero.body).toContain('impact');
    const noRationale = await ciso.post(`/api/v1/risk-analyses/${analysis.id}/risks`, sampleRisk(2, 2, { treatment: 'reduce' }));
    expect(noRationale.json()).toMatchObject({ status: 422, code: 'treatment_rationale_required', errors: [{ path: 'treatmentRationale' }] });
    const half = await ciso.post(`/api/v1/risk-analyses/${analysis.id}/risks`, sampleRisk(2, 2, { residualLikelihood: 1 }));
    expect(half.json()).toMatchObject({ status: 422, code: 'residual_incomplete' });
    const detail = (await ciso.get(`/api/v1/risk-analyses/${analysis.id}`)).json() as RiskAnalysisDetail;
    expect(detail.risks).toHaveLength(0);
  });

  it('treats a risk: reduce with rationale, residual level, a reduction action in the shared model; stale edits 409', async () => {
    const analysis = await newAnalysis();
    const risk = await newRisk(analysis.id, 4, 3);
    const treated = await ciso.patch(`/api/v1/risks/${risk.id}`, { version: risk.version, treatment: 'reduce', treatmentRationale: 'MFA för alla konton', residualLikelihood: 2, residualImpact: 3 });
    expect(treated.statusCode, treated.body).toBe(200);
    expect(treated.json()).toMatchObject({ status: 'in_treatment', level: 'high', residualScore: 6, residualLevel: 'medium' });
    const stale = await ciso.patch(`/api/v1/risks/${risk.id}`, { version: risk.version, title: 'Annan titel' });
    expect(stale.statusCode).toBe(409);
    const action = await ciso.post(`/api/v1/risks/${risk.id}/actions`, { title: 'Inför MFA', ownerId, dueDate: '2020-01-31' });
    expect(action.statusCode, action.body).toBe(201);
    expect(action.json()).toMatchObject({ source: 'risk', riskId: risk.id, objectId, overdue: true });
    const detail = (await ciso.get(`/api/v1/risks/${risk.id}`)).json() as RiskDetail;
    expect(detail).toMatchObject({ actionCount: 1, overdueActions: 1 });
    const followed = await owner.patch(`/api/v1/actions/${detail.actions[0]!.id}`, { version: detail.actions[0]!.version, status: 'done' });
    expect(followed.statusCode, followed.body).toBe(200);
    const overdue = (await ciso.get(`/api/v1/risks?overdueActions=true&analysisId=${analysis.id}`)).json();
    expect(overdue.total).toBe(0);
  });

  it('moves the analysis one status step at a time; approval needs a riskägare and sets the next due date', async () => {
    const analysis = await newAnalysis(ciso, { riskOwnerId: null });
    const skip = await ciso.patch(`/api/v1/risk-analyses/${analysis.id}`, { version: analysis.version, status: 'approved' });
    expect(skip.json()).toMatchObject({ status: 422, code: 'invalid_status_transition' });
    let current = analysis;
    for (const status of ['in_progress', 'done']) {
      const moved = await ciso.patch(`/api/v1/risk-analyses/${analysis.id}`, { version: current.version, status });
      expect(moved.statusCode, moved.body).toBe(200);
      current = moved.json();
    }
    const noOwner = await ciso.patch(`/api/v1/risk-analyses/${analysis.id}`, { version: current.version, status: 'approved' });
    expect(noOwner.json()).toMatchObject({ status: 422, code: 'risk_owner_required' });
    const approved = await ciso.patch(`/api/v1/risk-analyses/${analysis.id}`, { version: current.version, status: 'approved', riskOwnerId: ownerId });
    expect(approved.statusCode, approved.body).toBe(200);
    const body = approved.json() as RiskAnalysisDetail;
    expect(body.status).toBe('approved');
    expect(body.overdue).toBe(false);
    expect(body.nextDueDate! > new Date().toISOString().slice(0, 10)).toBe(true);
    const review = await ciso.post(`/api/v1/risk-analyses/${analysis.id}/review`, { version: body.version, trigger: 'procurement' });
    expect(review.json()).toMatchObject({ reviewTrigger: 'procurement', overdue: true });
  });

  it('accepts within authority; above it answers 403 naming the role; extreme needs the CISO and the kommundirektör', async () => {
    const analysis = await newAnalysis();
    const medium = await newRisk(analysis.id, 2, 3);
    const accepted = await owner.post(`/api/v1/risks/${medium.id}/accept`, { reason: 'Kostnaden överstiger nyttan' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', treatment: 'accept', acceptances: [{ status: 'accepted', signatures: [{ capacity: 'risk_owner' }] }] });

    const high = await newRisk(analysis.id, 3, 3);
    const refused = await owner.post(`/api/v1/risks/${high.id}/accept`, { reason: 'Vi tar risken' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'acceptance_above_authority', errors: [{ path: 'rung', message: 'line_manager' }] });
    expect(refused.json().detail).toContain("department's manager");
    const manager = await setup.signInNewUser([{ role: 'line_manager', orgUnitId: unitId }], unitId);
    expect((await manager.post(`/api/v1/risks/${high.id}/accept`, { reason: 'Beslut av förvaltningschef' })).statusCode).toBe(200);

    const extreme = await newRisk(analysis.id, 4, 4);
    expect((await manager.post(`/api/v1/risks/${extreme.id}/accept`, { reason: 'x' })).statusCode).toBe(403);
    const first = await ciso.post(`/api/v1/risks/${extreme.id}/accept`, { reason: 'Ingen rimlig åtgärd finns före upphandlingen' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'open', acceptances: [{ status: 'pending', stillNeeded: ['municipal_director'] }] });
    expect((await ciso.post(`/api/v1/risks/${extreme.id}/accept`, { reason: 'igen' })).json()).toMatchObject({ status: 409, code: 'already_signed' });
    const director = await setup.signInNewUser([{ role: 'municipal_director' }]);
    const second = await director.post(`/api/v1/risks/${extreme.id}/accept`, { reason: 'Godkänt av kommundirektören' });
    expect(second.json()).toMatchObject({ status: 'accepted', acceptances: [{ status: 'accepted', stillNeeded: [] }] });

    // Raising the level withdraws the acceptance: the decision was about a smaller risk.
    const current = (await ciso.get(`/api/v1/risks/${medium.id}`)).json() as RiskDetail;
    const raised = (await ciso.patch(`/api/v1/risks/${medium.id}`, { version: current.version, likelihood: 4 })).json() as RiskDetail;
    expect(raised).toMatchObject({ status: 'open', acceptedUntil: null, acceptances: [{ status: 'withdrawn' }] });
  });

  it('keeps employees out: no analysis, no acceptance, no register', async () => {
    const analysis = await newAnalysis();
    const risk = await newRisk(analysis.id, 1, 1);
    expect((await employee.post('/api/v1/risk-analyses', { objectId, purpose: 'x' })).statusCode).toBe(403);
    expect((await employee.post(`/api/v1/risks/${risk.id}/accept`, { reason: 'x' })).statusCode).toBe(403);
    expect((await employee.get('/api/v1/risks')).statusCode).toBe(403);
  });

  it('filters and pages the register, with heat maps and a trend over the same filter', async () => {
    const analysis = await newAnalysis();
    await newRisk(analysis.id, 4, 4, { threatOrigin: 'nature', title: 'Översvämning i serverrum' });
    await newRisk(analysis.id, 1, 2, { treatment: 'reduce', treatmentRationale: 'Reservkraft', residualLikelihood: 1, residualImpact: 1 });
    const all = (await ciso.get(`/api/v1/risks?analysisId=${analysis.id}`)).json();
    expect(all.total).toBe(2);
    expect(all.items[0].level).toBe('extreme');
    const nature = (await ciso.get(`/api/v1/risks?analysisId=${analysis.id}&threatOrigin=nature`)).json();
    expect(nature.items.map((risk: RiskDetail) => risk.title)).toEqual(['Översvämning i serverrum']);
    expect((await ciso.get(`/api/v1/risks?analysisId=${analysis.id}&treatment=none`)).json().total).toBe(1);
    expect((await ciso.get(`/api/v1/risks?analysisId=${analysis.id}&limit=1&offset=1`)).json().items).toHaveLength(1);
    const heat = (await ciso.get(`/api/v1/risks/heatmap?analysisId=${analysis.id}`)).json();
    expect(heat.total).toBe(2);
    expect(heat.inherent).toEqual(expect.arrayContaining([{ likelihood: 4, impact: 4, count: 1 }, { likelihood: 1, impact: 2, count: 1 }]));
    expect(heat.residual).toEqual([{ likelihood: 1, impact: 1, count: 1 }]);
    const trend = (await ciso.get(`/api/v1/risks/trend?analysisId=${analysis.id}`)).json();
    expect(trend.months).toHaveLength(12);
    expect(trend.months.at(-1)).toMatchObject({ extreme: 1, low: 1 });
    expect(trend.months[0]).toMatchObject({ low: 0, medium: 0, high: 0, extreme: 0 });
    expect((await ciso.get('/api/v1/risks?level=severe')).statusCode).toBe(400);
  });

  it('shows another tenant nothing', async () => {
    const analysis = await newAnalysis();
    const other = await makeTenant(setup.database, 'Annan kommun');
    const stranger = await signIn(setup.app, (await other.user([{ role: 'ciso' }])).email, testPassword);
    expect((await stranger.get(`/api/v1/risk-analyses/${analysis.id}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/v1/risks')).json().total).toBe(0);
  });
});

describe('a draft risk from the handlingsplan', () => {
  const setup = useAdminApp();

  it('turns an unmet requirement on a K3 object into a draft risk, once', async () => {
    const ciso = await setup.signInNewUser([{ role: 'ciso' }]);
    const actionId = await unmetRequirementAction({ tenant: setup.tenant, unitId: setup.tenant.rootOrgUnitId, path: '' });
    const drafted = await ciso.post(`/api/v1/actions/${actionId}/draft-risk`);
    expect(drafted.statusCode, drafted.body).toBe(201);
    const risk = drafted.json() as RiskDetail;
    expect(risk).toMatchObject({ status: 'open', threatOrigin: 'organisational', aspects: ['K'], likelihood: 2, impact: 3, level: 'medium' });
    expect(risk.cause).toContain('inte är uppfyllt');
    const analysis = (await ciso.get(`/api/v1/risk-analyses/${risk.analysisId}`)).json() as RiskAnalysisDetail;
    expect(analysis).toMatchObject({ status: 'planned', objectId: risk.objectId });
    expect((await ciso.post(`/api/v1/actions/${actionId}/draft-risk`)).json()).toMatchObject({ status: 409, code: 'risk_already_drafted' });
  });
});
