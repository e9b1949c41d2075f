import { beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail, IncidentList } from '../../../shared/schemas/incident.js';
import type { MyNotifications } from '../../../shared/schemas/notifications.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { registerFactory } from '../../testing/registerFactories.js';
import { readAuditEvents, type Client } from '../../testing/testApp.js';
import { stockholmYear } from './service.js';

describe('reporting incidents and who sees them', () => {
  const setup = useAdminApp();
  let unitId: string;
  let otherUnitId: string;
  let handler: Client;
  let unitHandler: Client;
  let employee: Client;
  let colleague: Client;

  beforeAll(async () => {
    unitId = (await setup.tenant.unit('Barn- och utbildningsförvaltningen')).id;
    otherUnitId = (await setup.tenant.unit('Kultur och fritid')).id;
    handler = await setup.signInNewUser([{ role: 'incident_manager' }]);
    unitHandler = await setup.signInNewUser([{ role: 'incident_manager', orgUnitId: otherUnitId }], otherUnitId);
    employee = await setup.signInNewUser([], unitId);
    colleague = await setup.signInNewUser([], unitId);
  });

  async function report(client: Client, body: object = {}): Promise<IncidentDetail> {
    const response = await client.post('/api/v1/incidents', { title: 'Borttappad USB-sticka', description: 'Elevlistor på en sticka som saknas.', ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }
  const detail = async (client: Client, id: string) => (await client.get(`/api/v1/incidents/${id}`)).json() as IncidentDetail;
  const list = async (client: Client, query = '') => {
    const response = await client.get(`/api/v1/incidents${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as IncidentList;
  };

  it('shows the legal deadlines of a significant breach of personal data (the Done-when example)', async () => {
    const created = await report(employee, { significant: true, personalData: true, awareAt: '2026-03-02T10:00:00Z' });
    const deadlines = (await detail(handler, created.id)).deadlines.map(({ regime, stage, dueAt, submittedAt, provisional }) => ({ regime, stage, dueAt, submittedAt, provisional }));
    expect(deadlines).toEqual([
      { regime: 'nis2', stage: 'early_warning', dueAt: '2026-03-03T10:00:00.000Z', submittedAt: null, provisional: false },
      { regime: 'nis2', stage: 'notification', dueAt: '2026-03-05T10:00:00.000Z', submittedAt: null, provisional: false },
      // 11:00 Stockholm summer time: a calendar month on the local clock across the March change.
      { regime: 'nis2', stage: 'final_report', dueAt: '2026-04-05T09:00:00.000Z', submittedAt: null, provisional: true },
      { regime: 'gdpr', stage: 'notification', dueAt: '2026-03-05T10:00:00.000Z', submittedAt: null, provisional: false },
    ]);
    expect(created.deadlines.map((deadline) => deadline.state)).toEqual(['overdue', 'overdue', 'overdue', 'overdue']);
    const row = (await list(handler, '?significant=true')).items.find((item) => item.id === created.id)!;
    expect(row.nextDeadline).toEqual({ regime: 'nis2', stage: 'early_warning', dueAt: '2026-03-03T10:00:00.000Z' });
  });

  it("numbers reports per year, defaults the unit to the reporter's own and awareAt to now", async () => {
    const before = Date.now();
    const first = await report(employee);
    const second = await report(employee);
    const [year, serial] = first.number.split('-');
    expect(Number(year)).toBe(stockholmYear());
    expect(second.number).toBe(`${year}-${String(Number(serial) + 1).padStart(4, '0')}`);
    expect(first).toMatchObject({ status: 'reported', channel: 'web_form', orgUnit: { id: unitId }, mine: true, view: 'reporter', escalationLevel: 1 });
    expect(Date.parse(first.awareAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(first.deadlines).toEqual([]);
  });

  it('gives concurrent reports different numbers', async () => {
    const created = await Promise.all(Array.from({ length: 6 }, (_, index) => report(index % 2 ? employee : colleague, { title: `Samtidig ${index}` })));
    expect(new Set(created.map((incident) => incident.number)).size).toBe(6);
  });

  it('tells the incident roles over the unit, not those of another subtree', async () => {
    const created = await report(employee, { title: 'Nätfiske mot skolans kansli' });
    const notifications = (await (await handler.get('/api/v1/me/notifications')).json()) as MyNotifications;
    expect(notifications.items).toContainEqual(
      expect.objectContaining({ kind: 'incident_reported', params: { number: created.number, title: 'Nätfiske mot skolans kansli' }, link: `/incidents/${created.id}` }),
    );
    const elsewhere = (await (await unitHandler.get('/api/v1/me/notifications')).json()) as MyNotifications;
    expect(JSON.stringify(elsewhere)).not.toContain(created.number);
  });

  it('shows an employee their own reports only, in the list and by id', async () => {
    const mine = await report(employee, { title: 'Min anmälan' });
    const theirs = await report(colleague, { title: 'Kollegans anmälan' });
    const seen = await list(employee, '?limit=1000');
    expect(seen.items.map((item) => item.id)).toContain(mine.id);
    expect(seen.items.map((item) => item.id)).not.toContain(theirs.id);
    expect(seen.items.every((item) => item.mine)).toBe(true);
    expect(seen.total).toBe(seen.items.length);
    // Someone else's report is not there for them: a 403 would confirm that it exists.
    expect((await employee.get(`/api/v1/incidents/${theirs.id}`)).statusCode).toBe(404);
    expect((await employee.get(`/api/v1/incidents/${mine.id}`)).statusCode).toBe(200);
    // The incident roles see both, and `mine` narrows to what they reported themselves.
    const all = await list(handler, '?limit=1000');
    expect(all.items.map((item) => item.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect((await list(handler, '?mine=true')).items).toEqual([]);
  });

  it('keeps the triage from the reporter but shows them the status and the legal clocks', async () => {
    const created = await report(employee, { personalData: true, title: 'Mejl till fel mottagare' });
    const triage = await handler.patch(`/api/v1/incidents/${created.id}`, {
      version: created.version,
      severity: 3,
      cause: 'non_malicious_human',
      categories: ['information_loss_or_leak'],
      rootCause: 'Autokomplettering i e-postklienten',
      assigneeId: (await handler.get('/api/v1/me')).json().personId,
    });
    expect(triage.statusCode, triage.body).toBe(200);
    const moved = await handler.post(`/api/v1/incidents/${created.id}/transition`, { version: triage.json().version, status: 'triaged', note: 'Intern anteckning' });
    expect(moved.statusCode, moved.body).toBe(200);
    await handler.post(`/api/v1/incidents/${created.id}/notes`, { note: 'Konfidentiell notering' });

    const seen = await detail(employee, created.id);
    expect(seen).toMatchObject({ view: 'reporter', status: 'triaged', severity: null, assignee: null, cause: null, categories: [], rootCause: null, tasks: [], objects: [] });
    expect(seen.capabilities).toEqual({ manage: false, contribute: true });
    expect(seen.nextStatuses).toEqual([]);
    expect(seen.deadlines.map((deadline) => `${deadline.regime}.${deadline.stage}`)).toEqual(['gdpr.notification']);
    expect(seen.timeline.map((event) => [event.kind, event.to, event.actor, event.note])).toEqual([
      ['reported', 'reported', null, null],
      ['status', 'triaged', null, null],
    ]);
    expect(JSON.stringify(seen)).not.toContain('Konfidentiell');
    const row = (await list(employee)).items.find((item) => item.id === created.id)!;
    expect(row).toMatchObject({ severity: null, assignee: null, status: 'triaged' });

    const full = await detail(handler, created.id);
    expect(full).toMatchObject({ view: 'full', severity: 3, cause: 'non_malicious_human', nextStatuses: ['in_progress', 'escalated', 'rejected'] });
    expect(full.capabilities).toEqual({ manage: true, contribute: true });
    expect(full.timeline.map((event) => event.kind)).toEqual(['reported', 'severity', 'assignee', 'triage', 'status', 'note']);
  });

  it('answers 404 to the administrator, who sees statistics but no incident details', async () => {
    const created = await report(employee);
    expect((await setup.admin.get(`/api/v1/incidents/${created.id}`)).statusCode).toBe(404);
    expect((await list(setup.admin)).items).toEqual([]);
  });

  it('refuses bad reports with a 4xx naming the field', async () => {
    const early = await employee.post('/api/v1/incidents', { title: 'T', description: 'D', occurredAt: '2026-03-02T10:00:00Z', awareAt: '2026-03-01T10:00:00Z' });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors.map((error: { path: string }) => error.path)).toContain('body.awareAt');
    const object = await employee.post('/api/v1/incidents', { title: 'T', description: 'D', objectIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(object.statusCode).toBe(422);
    expect(object.json().errors[0].path).toBe('objectIds');
    const unit = await employee.post('/api/v1/incidents', { title: 'T', description: 'D', orgUnitId: '00000000-0000-4000-8000-000000000000' });
    expect([unit.statusCode, unit.json().errors?.[0]?.path]).toEqual([422, 'orgUnitId']);
    const channel = await employee.post('/api/v1/incidents', { title: 'T', description: 'D', channel: 'phone' });
    expect(channel.statusCode).toBe(403);
    expect((await employee.post('/api/v1/incidents', { title: 'T', description: 'D', channel: 'public_link' })).statusCode).toBe(400);
  });

  it('lets the incident roles register a phone call about an object', async () => {
    const object = await registerFactory(setup.tenant).object(unitId, { name: 'Elevregister' });
    const created = await report(handler, { channel: 'phone', objectIds: [object.id], orgUnitId: unitId });
    expect(created).toMatchObject({ channel: 'phone', view: 'full', objects: [{ id: object.id, name: 'Elevregister', profile: null, critical: false }] });
    const events = (await readAuditEvents(setup.admin, `entityId=${created.id}`)).items;
    expect(events.map((event) => event.action)).toEqual(['incident.reported']);
    // The audit trail carries the facts, not the confidential free text.
    expect(JSON.stringify(events)).not.toContain('Elevlistor');
  });

  it('filters the list by status, severity, unit and text, and pages with a total', async () => {
    const a = await report(handler, { title: 'Överbelastningsattack mot e-tjänst', orgUnitId: otherUnitId });
    await handler.patch(`/api/v1/incidents/${a.id}`, { version: a.version, severity: 4 });
    const byText = await list(handler, `?q=${encodeURIComponent('överbelastning')}`);
    expect(byText.items.map((item) => item.id)).toEqual([a.id]);
    expect((await list(handler, `?q=${a.number}`)).items.map((item) => item.id)).toEqual([a.id]);
    expect((await list(handler, '?severity=4')).items.map((item) => item.id)).toEqual([a.id]);
    expect((await list(handler, `?orgUnitId=${otherUnitId}`)).items.map((item) => item.id)).toEqual([a.id]);
    expect((await list(unitHandler, '?limit=1000')).items.map((item) => item.id)).toEqual([a.id]);
    const page = await list(handler, '?limit=2&status=reported');
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    expect((await handler.get('/api/v1/incidents?limit=1001')).statusCode).toBe(400);
  });
});
