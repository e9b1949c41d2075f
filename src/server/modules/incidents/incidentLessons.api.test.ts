import { beforeAll, describe, expect, it } from 'vitest';
import type { Action, ActionPlan } from '../../../shared/schemas/actions.js';
import type { IncidentDetail } from '../../../shared/schemas/incident.js';
import type { RiskAnalysisDetail, RiskDetail } from '../../../shared/schemas/risk.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { registerFactory } from '../../testing/registerFactories.js';
import type { Client } from '../../testing/testApp.js';

describe('lessons learned from an incident', () => {
  const setup = useAdminApp();
  let ciso: Client;
  let handler: Client;
  let objectId: string;
  let otherObjectId: string;
  let analysisId: string;
  let incident: IncidentDetail;

  beforeAll(async () => {
    const unitId = (await setup.tenant.unit('Servicenämndens förvaltning')).id;
    ciso = await setup.signInNewUser([{ role: 'ciso' }]);
    handler = await setup.signInNewUser([{ role: 'incident_manager' }]);
    objectId = (await registerFactory(setup.tenant).object(unitId, { name: 'E-posttjänst' })).id;
    otherObjectId = (await registerFactory(setup.tenant).object(unitId, { name: 'Lönesystem' })).id;
    const analysis = await ciso.post('/api/v1/risk-analyses', { objectId, purpose: 'Efter nätfisket' });
    analysisId = (analysis.json() as RiskAnalysisDetail).id;
    const reported = await ciso.post('/api/v1/incidents', { title: 'Nätfiske ledde till kapat konto', description: 'Ett konto skickade skräppost.', orgUnitId: unitId, objectIds: [objectId] });
    expect(reported.statusCode, reported.body).toBe(201);
    const triaged = await ciso.patch(`/api/v1/incidents/${reported.json().id}`, { version: 1, cause: 'malicious_human', aspects: ['K', 'R'] });
    incident = triaged.json();
  });

  it('turns a lesson into a risk with the threat origin of the cause and the affected aspects', async () => {
    const response = await ciso.post(`/api/v1/incidents/${incident.id}/lessons/risk`, {
      analysisId,
      title: 'Kapade konton via nätfiske',
      cause: 'användare luras att lämna ut sina lösenord',
      event: 'en angripare loggar in i e-posten',
      consequence: 'att känslig information läcker',
      likelihood: 3,
      impact: 3,
    });
    expect(response.statusCode, response.body).toBe(201);
    const risk = response.json() as RiskDetail;
    expect(risk).toMatchObject({ analysisId, title: 'Kapade konton via nätfiske', threatOrigin: 'human_deliberate', aspects: ['K', 'R'], level: 'high' });
    const detail = (await ciso.get(`/api/v1/incidents/${incident.id}`)).json() as IncidentDetail;
    expect(detail.lessons.risks).toEqual([{ id: risk.id, title: 'Kapade konton via nätfiske' }]);
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'lesson_risk', to: risk.id });
  });

  it("turns a lesson into an action in the object's handlingsplan", async () => {
    const response = await ciso.post(`/api/v1/incidents/${incident.id}/lessons/action`, { objectId, title: 'Inför MFA för e-post', dueDate: '2027-01-31' });
    expect(response.statusCode, response.body).toBe(201);
    const action = response.json() as Action;
    expect(action).toMatchObject({ objectId, source: 'incident', title: 'Inför MFA för e-post', dueDate: '2027-01-31', status: 'not_started' });
    const plan = (await ciso.get(`/api/v1/objects/${objectId}/action-plan`)).json() as ActionPlan;
    expect(plan.actions.map((planned) => planned.id)).toContain(action.id);
    const detail = (await ciso.get(`/api/v1/incidents/${incident.id}`)).json() as IncidentDetail;
    expect(detail.lessons.actions).toEqual([{ id: action.id, title: 'Inför MFA för e-post', objectId }]);
  });

  it('lets the incident manager file lessons on the objects the incident affected, and nowhere else', async () => {
    const risk = await handler.post(`/api/v1/incidents/${incident.id}/lessons/risk`, { analysisId, cause: 'a', event: 'b', consequence: 'c', likelihood: 1, impact: 1 });
    expect(risk.statusCode, risk.body).toBe(201);
    const action = await handler.post(`/api/v1/incidents/${incident.id}/lessons/action`, { objectId, title: 'Utbildning' });
    expect(action.statusCode, action.body).toBe(201);
    const elsewhere = await handler.post(`/api/v1/incidents/${incident.id}/lessons/action`, { objectId: otherObjectId, title: 'Utbildning' });
    expect([elsewhere.statusCode, elsewhere.json().code, elsewhere.json().errors[0].path]).toEqual([422, 'not_affected_by_incident', 'objectId']);
    const otherAnalysis = await ciso.post('/api/v1/risk-analyses', { objectId: otherObjectId, purpose: 'Annat objekt' });
    const wrongAnalysis = await handler.post(`/api/v1/incidents/${incident.id}/lessons/risk`, { analysisId: otherAnalysis.json().id, cause: 'a', event: 'b', consequence: 'c', likelihood: 1, impact: 1 });
    expect([wrongAnalysis.statusCode, wrongAnalysis.json().errors[0].path]).toEqual([422, 'analysisId']);
    const nowhere = await ciso.post(`/api/v1/incidents/${incident.id}/lessons/risk`, { analysisId: objectId, cause: 'a', event: 'b', consequence: 'c', likelihood: 1, impact: 1 });
    expect([nowhere.statusCode, nowhere.json().errors[0].path]).toEqual([422, 'analysisId']);
    const offScale = await ciso.post(`/api/v1/incidents/${incident.id}/lessons/risk`, { analysisId, cause: 'a', event: 'b', consequence: 'c', likelihood: 9, impact: 1 });
    expect(offScale.statusCode).toBe(422);
    const detail = (await ciso.get(`/api/v1/incidents/${incident.id}`)).json() as IncidentDetail;
    expect(detail.lessons.risks).toHaveLength(2);
  });
});
