import { beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail } from '../../../shared/schemas/incident.js';
import type { MyNotifications } from '../../../shared/schemas/notifications.js';
import type { RiskAnalysisDetail } from '../../../shared/schemas/risk.js';
import { testPassword } from '../../testing/factories.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { registerFactory } from '../../testing/registerFactories.js';
import { signIn, type Client } from '../../testing/testApp.js';

describe('triage and handling of incidents', () => {
  const setup = useAdminApp();
  let unitId: string;
  let handler: Client;
  let ciso: Client;
  let employee: Client;
  let worker: { id: string; client: Client };
  let taskOwner: { id: string; client: Client };

  beforeAll(async () => {
    unitId = (await setup.tenant.unit('Socialförvaltningen')).id;
    handler = await setup.signInNewUser([{ role: 'incident_manager' }]);
    ciso = await setup.signInNewUser([{ role: 'ciso' }]);
    employee = await setup.signInNewUser([], unitId);
    for (const which of ['worker', 'taskOwner'] as const) {
      const user = await setup.tenant.user([], unitId);
      const signedIn = { id: user.id, client: await signIn(setup.app, user.email, testPassword) };
      if (which === 'worker') worker = signedIn;
      else taskOwner = signedIn;
    }
  });

  async function reported(body: object = {}): Promise<IncidentDetail> {
    const response = await employee.post('/api/v1/incidents', { title: 'Misstänkt intrång', description: 'Okända inloggningar i journalsystemet.', ...body });
    expect(response.statusCode, response.body).toBe(201);
    return (await handler.get(`/api/v1/incidents/${response.json().id}`)).json();
  }
  async function patch(incident: Pick<IncidentDetail, 'id' | 'version'>, body: object, status = 200): Promise<IncidentDetail> {
    const response = await handler.patch(`/api/v1/incidents/${incident.id}`, { version: incident.version, ...body });
    expect(response.statusCode, response.body).toBe(status);
    return response.json();
  }
  async function move(incident: Pick<IncidentDetail, 'id' | 'version'>, status: string, expected = 200, client = handler) {
    const response = await client.post(`/api/v1/incidents/${incident.id}/transition`, { version: incident.version, status, note: `Till ${status}` });
    expect(response.statusCode, response.body).toBe(expected);
    return response.json();
  }

  it('classifies with RSIT, MSB categories, cause and aspects, and names the changed fields on the timeline', async () => {
    const incident = await reported();
    // A type alone brings its class.
    const typed = await patch(incident, { rsitType: 'ransomware', categories: ['attack', 'blocked_access'], cause: 'malicious_human', aspects: ['T', 'K'], crimeSuspected: true });
    expect(typed).toMatchObject({ rsitClass: 'malicious_code', rsitType: 'ransomware', categories: ['attack', 'blocked_access'], cause: 'malicious_human', aspects: ['T', 'K'], crimeSuspected: true });
    expect(typed.timeline.at(-1)).toMatchObject({ kind: 'triage', to: 'rsitClass,rsitType,categories,cause,aspects,crimeSuspected' });
    const mismatch = await handler.patch(`/api/v1/incidents/${incident.id}`, { version: typed.version, rsitClass: 'fraud', rsitType: 'ransomware' });
    expect([mismatch.statusCode, mismatch.json().errors[0].path]).toEqual([422, 'rsitType']);
    const unknownCategory = await handler.patch(`/api/v1/incidents/${incident.id}`, { version: typed.version, categories: ['alien_invasion'] });
    expect(unknownCategory.statusCode).toBe(400);
    expect(unknownCategory.json().errors[0].path).toMatch(/^body\.categories/);
  });

  it('answers 409 to a stale version and keeps the other change', async () => {
    const incident = await reported();
    await patch(incident, { severity: 2 });
    const stale = await handler.patch(`/api/v1/incidents/${incident.id}`, { version: incident.version, severity: 3 });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'version_conflict']);
    expect((await handler.get(`/api/v1/incidents/${incident.id}`)).json().severity).toBe(2);
    expect((await move(incident, 'triaged', 409)).code).toBe('version_conflict');
  });

  it('checks references: assignee, objects and systems of the tenant, awareAt not before occurredAt', async () => {
    const incident = await reported({ occurredAt: '2026-03-01T08:00:00Z' });
    const nobody = '00000000-0000-4000-8000-000000000000';
    for (const [field, value] of [['assigneeId', nobody], ['objectIds', [nobody]], ['systemIds', [nobody]]] as const) {
      const response = await handler.patch(`/api/v1/incidents/${incident.id}`, { version: incident.version, [field]: value });
      expect([response.statusCode, response.json().errors[0].path], field).toEqual([422, field]);
    }
    const early = await handler.patch(`/api/v1/incidents/${incident.id}`, { version: incident.version, awareAt: '2026-02-28T08:00:00Z' });
    expect([early.statusCode, early.json().errors[0].path]).toEqual([400, 'awareAt']);
  });

  it('records severity, escalation and assignee on the timeline and tells the new assignee', async () => {
    const incident = await reported();
    const handled = await patch(incident, { severity: 3, escalationLevel: 2, assigneeId: worker.id });
    const entries = handled.timeline.filter((event) => ['severity', 'escalation', 'assignee'].includes(event.kind));
    expect(entries.map((event) => [event.kind, event.from, event.to])).toEqual([
      ['severity', null, '3'],
      ['escalation', '1', '2'],
      ['assignee', null, expect.stringContaining('Test')],
    ]);
    const notifications = (await worker.client.get('/api/v1/me/notifications')).json() as MyNotifications;
    expect(notifications.items).toContainEqual(expect.objectContaining({ kind: 'incident_assigned', params: { number: incident.number, title: incident.title } }));
    // Assigned people read the whole incident and contribute, though they hold no incident role.
    const seen = (await worker.client.get(`/api/v1/incidents/${incident.id}`)).json() as IncidentDetail;
    expect(seen).toMatchObject({ view: 'full', severity: 3, capabilities: { manage: false, contribute: true } });
    expect((await worker.client.post(`/api/v1/incidents/${incident.id}/notes`, { note: 'Loggar säkrade.' })).statusCode).toBe(201);
    expect((await worker.client.patch(`/api/v1/incidents/${incident.id}`, { version: handled.version, severity: 1 })).statusCode).toBe(403);
  });

  it('walks the status flow one step at a time and refuses a skip', async () => {
    let incident = await reported();
    const skip = await move(incident, 'closed', 422);
    expect(skip.code).toBe('status_flow');
    expect(skip.detail).toContain('reported');
    expect(skip.detail).toContain('closed');
    incident = await move(incident, 'triaged');
    expect(incident.triagedAt).not.toBeNull();
    incident = await move(incident, 'in_progress');
    incident = await move(incident, 'resolved');
    expect(incident.resolvedAt).not.toBeNull();
    expect((await move(incident, 'root_cause_found', 422)).code).toBe('root_cause_required');
    incident = await patch(incident, { rootCause: 'Återanvänt lösenord utan MFA', lessonsLearned: 'Inför MFA för fjärråtkomst' });
    incident = await move(incident, 'root_cause_found');
    incident = await move(incident, 'closed');
    expect(incident).toMatchObject({ status: 'closed', nextStatuses: [] });
    expect(incident.closedAt).not.toBeNull();
    const statuses = incident.timeline.filter((event) => event.kind === 'status').map((event) => [event.from, event.to, event.note]);
    expect(statuses[0]).toEqual(['reported', 'triaged', 'Till triaged']);
    expect(statuses).toHaveLength(5);
    expect((await move(incident, 'in_progress', 403, employee)).code).toBe('forbidden');
  });

  it('escalates to crisis management at level 4 and asks for a new risk analysis of the affected object', async () => {
    const object = await registerFactory(setup.tenant).object(unitId, { name: 'Journalsystem' });
    const riskOwnerId = (await ciso.get('/api/v1/me')).json().personId;
    const analysis = (await ciso.post('/api/v1/risk-analyses', { objectId: object.id, purpose: 'Årlig riskanalys', riskOwnerId })).json() as RiskAnalysisDetail;
    let version = analysis.version;
    for (const status of ['in_progress', 'done', 'approved']) {
      const response = await ciso.patch(`/api/v1/risk-analyses/${analysis.id}`, { version, status });
      expect(response.statusCode, response.body).toBe(200);
      version = response.json().version;
    }
    let incident = await reported();
    incident = await patch(incident, { objectIds: [object.id] });
    incident = await move(incident, 'triaged');
    incident = await move(incident, 'escalated');
    expect(incident).toMatchObject({ status: 'escalated', escalationLevel: 4 });
    expect(incident.timeline.at(-1)).toMatchObject({ kind: 'escalation', from: '1', to: '4' });
    const reviewed = (await ciso.get(`/api/v1/risk-analyses/${analysis.id}`)).json();
    expect(reviewed.reviewTrigger).toBe('major_incident');
  });

  it("suggests a severity from the affected objects' classification", async () => {
    const register = registerFactory(setup.tenant);
    const owner = await setup.tenant.person('Informationsägare', unitId);
    const object = await register.object(unitId, { name: 'Barnavårdsakter' });
    await register.approved((await register.set(object.id, { ownerId: owner.id })).id, { K: 3, R: 2, T: 1, S: 1 }, owner);
    const incident = await patch(await reported(), { objectIds: [object.id], aspects: ['K'] });
    expect(incident.objects).toEqual([{ id: object.id, name: 'Barnavårdsakter', profile: 'K3-R2-T1-S1', critical: false }]);
    expect(incident.suggestedSeverity).toEqual({ severity: 3, objectName: 'Barnavårdsakter', aspect: 'K', level: 3 });
  });

  it('gives tasks to owners, who may mark their own done but change nothing else', async () => {
    const incident = await reported();
    const added = await handler.post(`/api/v1/incidents/${incident.id}/tasks`, { title: 'Spärra kontot', ownerId: taskOwner.id, dueDate: '2026-12-01' });
    expect(added.statusCode, added.body).toBe(201);
    const task = (added.json() as IncidentDetail).tasks[0]!;
    expect(task).toMatchObject({ title: 'Spärra kontot', owner: { id: taskOwner.id }, dueDate: '2026-12-01', doneAt: null, version: 1 });
    const notifications = (await taskOwner.client.get('/api/v1/me/notifications')).json() as MyNotifications;
    expect(notifications.items).toContainEqual(expect.objectContaining({ kind: 'incident_task_assigned', params: { number: incident.number, task: 'Spärra kontot' } }));

    const url = `/api/v1/incidents/${incident.id}/tasks/${task.id}`;
    expect((await taskOwner.client.get(`/api/v1/incidents/${incident.id}`)).json().view).toBe('full');
    expect((await taskOwner.client.patch(url, { version: 1, title: 'Annat' })).statusCode).toBe(403);
    expect((await employee.patch(url, { version: 1, done: true })).statusCode).toBe(403);
    const done = await taskOwner.client.patch(url, { version: 1, done: true });
    expect(done.statusCode, done.body).toBe(200);
    expect((done.json() as IncidentDetail).tasks[0]!.doneAt).not.toBeNull();
    expect((await taskOwner.client.patch(url, { version: 1, done: false })).statusCode).toBe(409);
    const renamed = await handler.patch(url, { version: 2, title: 'Spärra och återställ kontot', done: false });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((renamed.json() as IncidentDetail).tasks[0]).toMatchObject({ title: 'Spärra och återställ kontot', doneAt: null, version: 3 });
    const taskEvents = (renamed.json() as IncidentDetail).timeline.filter((event) => event.kind === 'task').map((event) => event.to);
    expect(taskEvents).toEqual(['created', 'done', 'reopened']);
    expect((await handler.post(`/api/v1/incidents/${incident.id}/tasks`, { title: 'X', ownerId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(422);
  });

  it("keeps a förvaltning's incident manager from handing an incident outside their subtree", async () => {
    const elsewhere = (await setup.tenant.unit('Tekniska förvaltningen')).id;
    const local = await setup.signInNewUser([{ role: 'incident_manager', orgUnitId: unitId }], unitId);
    const incident = await reported();
    const moved = await local.patch(`/api/v1/incidents/${incident.id}`, { version: incident.version, orgUnitId: elsewhere });
    expect(moved.statusCode).toBe(403);
    const handed = await handler.patch(`/api/v1/incidents/${incident.id}`, { version: incident.version, orgUnitId: elsewhere });
    expect(handed.statusCode, handed.body).toBe(200);
    expect((await local.get(`/api/v1/incidents/${incident.id}`)).statusCode).toBe(404);
  });

  it('lets the reporter add a note but not handle the incident', async () => {
    const incident = await reported();
    const noted = await employee.post(`/api/v1/incidents/${incident.id}/notes`, { note: 'Jag kom på en sak till.' });
    expect(noted.statusCode, noted.body).toBe(201);
    expect((await employee.post(`/api/v1/incidents/${incident.id}/tasks`, { title: 'Själv' })).statusCode).toBe(403);
    expect((await employee.patch(`/api/v1/incidents/${incident.id}`, { version: incident.version, severity: 1 })).statusCode).toBe(403);
    const notes = ((await handler.get(`/api/v1/incidents/${incident.id}`)).json() as IncidentDetail).timeline.filter((event) => event.kind === 'note');
    expect(notes.map((event) => event.note)).toEqual(['Jag kom på en sak till.']);
    // The reporter sees their own note again, but not what the handlers write.
    expect((await handler.post(`/api/v1/incidents/${incident.id}/notes`, { note: 'Intern bedömning.' })).statusCode).toBe(201);
    const seen = ((await employee.get(`/api/v1/incidents/${incident.id}`)).json() as IncidentDetail).timeline.filter((event) => event.kind === 'note');
    expect(seen.map((event) => event.note)).toEqual(['Jag kom på en sak till.']);
  });
});
