import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addExactHours, addStockholmMonths } from '../../../shared/incident/deadlines.js';
import type { DeadlineListItem, IncidentDeadline } from '../../../shared/schemas/incident.js';
import { withTenant } from '../../db/context.js';
import { auditEvents, incidentEvents } from '../../db/schema/index.js';
import { makeTenant } from '../../testing/factories.js';
import { useAdminApp } from '../../testing/fixtures.js';
import type { Client } from '../../testing/testApp.js';
import { makeIncident } from './testIncidents.js';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const find = (deadlines: IncidentDeadline[], stage: string, regime = 'nis2', seq = 0) => deadlines.find((item) => item.regime === regime && item.stage === stage && item.seq === seq);

describe('legal deadlines of an incident', () => {
  const setup = useAdminApp();
  let manager: Client;
  const submit = (incidentId: string, body: object) => manager.post(`/api/v1/incidents/${incidentId}/deadlines/submit`, body);

  beforeAll(async () => {
    manager = await setup.signInNewUser([{ role: 'incident_manager' }]);
  });

  it('records submissions, asks for the reason when late, and counts the final report from the notification', async () => {
    const awareAt = hoursAgo(100);
    const incident = await makeIncident(setup.tenant, { awareAt, significant: true, personalData: true });

    const onTime = await submit(incident.id, { regime: 'nis2', stage: 'early_warning', submittedAt: addExactHours(awareAt, 2), reference: 'CERT-SE 2026-17' });
    expect(onTime.statusCode, onTime.body).toBe(200);
    expect(find(onTime.json().deadlines, 'early_warning')).toMatchObject({ state: 'done', reference: 'CERT-SE 2026-17', submittedAt: addExactHours(awareAt, 2) });

    const notifiedAt = hoursAgo(1);
    const late = await submit(incident.id, { regime: 'nis2', stage: 'notification', submittedAt: notifiedAt });
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({ code: 'late_reason_required', errors: [{ path: 'lateReason' }] });

    const withReason = await submit(incident.id, { regime: 'nis2', stage: 'notification', submittedAt: notifiedAt, reference: 'CERT-SE 2026-17b', lateReason: 'Helg och sjukdom' });
    expect(withReason.statusCode, withReason.body).toBe(200);
    const deadlines = withReason.json().deadlines as IncidentDeadline[];
    expect(find(deadlines, 'notification')).toMatchObject({ state: 'done', lateReason: 'Helg och sjukdom' });
    expect(find(deadlines, 'final_report')).toMatchObject({ dueAt: addStockholmMonths(notifiedAt, 1), provisional: false, state: 'pending' });
    expect(find(deadlines, 'notification', 'gdpr')!.state).toBe('overdue');

    const timeline = await withTenant(setup.database, setup.tenant.tenantId, null, (ctx) =>
      ctx.tx.select({ kind: incidentEvents.kind, to: incidentEvents.toValue, note: incidentEvents.note }).from(incidentEvents).where(eq(incidentEvents.incidentId, incident.id)).orderBy(asc(incidentEvents.at)),
    );
    expect(timeline).toEqual([
      { kind: 'report_submitted', to: 'nis2.early_warning', note: 'CERT-SE 2026-17' },
      { kind: 'report_submitted', to: 'nis2.notification', note: 'CERT-SE 2026-17b' },
    ]);
    const audited = await withTenant(setup.database, setup.tenant.tenantId, null, (ctx) =>
      ctx.tx.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.entityId, incident.id), eq(auditEvents.action, 'incident.report_submitted'))),
    );
    expect(audited).toHaveLength(2);
  });

  it('refuses reports the incident does not call for', async () => {
    const plain = await makeIncident(setup.tenant, { awareAt: hoursAgo(5), significant: false, personalData: false });
    const gdpr = await submit(plain.id, { regime: 'gdpr', stage: 'notification', submittedAt: hoursAgo(1) });
    expect(gdpr.statusCode).toBe(422);
    expect(gdpr.json().code).toBe('no_such_deadline');
    expect((await submit(plain.id, { regime: 'nis2', stage: 'progress_report', submittedAt: hoursAgo(1) })).json().code).toBe('no_such_deadline');

    const significant = await makeIncident(setup.tenant, { awareAt: hoursAgo(5), significant: true });
    expect((await submit(significant.id, { regime: 'nis2', stage: 'intermediate_report', seq: 1, submittedAt: hoursAgo(1) })).json().code).toBe('no_such_deadline');
    const early = await submit(significant.id, { regime: 'nis2', stage: 'early_warning', submittedAt: hoursAgo(6) });
    expect(early.json()).toMatchObject({ code: 'submitted_before_aware', errors: [{ path: 'submittedAt' }] });
    expect((await submit(significant.id, { regime: 'nis2', stage: 'early_warning', submittedAt: new Date(Date.now() + 86_400_000).toISOString() })).statusCode).toBe(400);
  });

  it('turns the final report into a progress report while the incident is ongoing', async () => {
    const incident = await makeIncident(setup.tenant, { awareAt: hoursAgo(30), significant: true });
    const progress = await submit(incident.id, { regime: 'nis2', stage: 'progress_report', submittedAt: hoursAgo(1), reference: 'Läge 1' });
    expect(progress.statusCode, progress.body).toBe(200);
    const deadlines = progress.json().deadlines as IncidentDeadline[];
    expect(find(deadlines, 'progress_report')).toMatchObject({ state: 'done', reference: 'Läge 1' });
    // Due one month after the incident ends, which is not known yet.
    expect(find(deadlines, 'final_report')).toMatchObject({ dueAt: null, state: 'waiting' });

    expect((await submit(incident.id, { regime: 'nis2', stage: 'final_report', submittedAt: hoursAgo(0.5) })).statusCode).toBe(200);
    expect((await submit(incident.id, { regime: 'nis2', stage: 'progress_report', submittedAt: hoursAgo(0.2) })).json().code).toBe('no_such_deadline');
  });

  it('numbers intermediate requests and accepts their reports', async () => {
    const incident = await makeIncident(setup.tenant, { awareAt: hoursAgo(30), significant: true });
    const request = (requestedAt: string, dueAt: string) => manager.post(`/api/v1/incidents/${incident.id}/intermediate-requests`, { requestedAt, dueAt });
    const [firstAsked, firstDue, secondAsked, secondDue] = [hoursAgo(20), hoursAgo(-48), hoursAgo(10), hoursAgo(-24)];
    expect((await request(firstAsked, firstDue)).statusCode).toBe(201);
    const second = await request(secondAsked, secondDue);
    expect(second.statusCode, second.body).toBe(201);
    const deadlines = second.json().deadlines as IncidentDeadline[];
    expect(deadlines.filter((item) => item.stage === 'intermediate_report').map((item) => [item.seq, item.startsAt, item.requestedAt, item.dueAt])).toEqual([
      [1, firstAsked, firstAsked, firstDue],
      [2, secondAsked, secondAsked, secondDue],
    ]);
    const answered = await submit(incident.id, { regime: 'nis2', stage: 'intermediate_report', seq: 2, submittedAt: hoursAgo(1), reference: 'Del 2' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(find(answered.json().deadlines, 'intermediate_report', 'nis2', 2)).toMatchObject({ state: 'done', reference: 'Del 2' });
    expect(find(answered.json().deadlines, 'intermediate_report', 'nis2', 1)!.state).toBe('pending');

    const backwards = await request(hoursAgo(1), hoursAgo(2));
    expect(backwards.statusCode).toBe(400);
    const plain = await makeIncident(setup.tenant, { awareAt: hoursAgo(5) });
    expect((await manager.post(`/api/v1/incidents/${plain.id}/intermediate-requests`, { requestedAt: hoursAgo(1), dueAt: hoursAgo(-5) })).json().code).toBe('not_significant');
  });

  it('answers 404 for an incident of another tenant', async () => {
    const other = await makeTenant(setup.database);
    const foreign = await makeIncident(other, { awareAt: hoursAgo(5), significant: true });
    expect((await submit(foreign.id, { regime: 'nis2', stage: 'early_warning', submittedAt: hoursAgo(1) })).statusCode).toBe(404);
  });

  it('lists the open deadlines in reach, soonest first, those without a due time last', async () => {
    const tenant = setup.tenant;
    const north = await tenant.unit('Norra förvaltningen');
    const south = await tenant.unit('Södra förvaltningen');
    const northManager = await setup.signInNewUser([{ role: 'incident_manager', orgUnitId: north.id }]);
    const dpo = await setup.signInNewUser([{ role: 'data_protection_officer', orgUnitId: north.id }]);
    const employee = await setup.signInNewUser([]);

    const breach = await makeIncident(tenant, { orgUnitId: north.id, awareAt: hoursAgo(36), personalData: true, title: 'Felskickat mejl med elevuppgifter' });
    const outage = await makeIncident(tenant, { orgUnitId: north.id, awareAt: hoursAgo(12), significant: true, title: 'Överbelastningsattack mot e-tjänster' });
    const waived = await makeIncident(tenant, { orgUnitId: north.id, awareAt: hoursAgo(2), personalData: true, gdprWaivedReason: 'Krypterad dator' });
    await makeIncident(tenant, { orgUnitId: south.id, awareAt: hoursAgo(1), personalData: true, title: 'Söder' });
    const ongoing = await submit(outage.id, { regime: 'nis2', stage: 'progress_report', submittedAt: hoursAgo(1) });
    expect(ongoing.statusCode, ongoing.body).toBe(200);

    const response = await northManager.get('/api/v1/incident-deadlines');
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as DeadlineListItem[];
    expect(items.map((item) => `${item.title}: ${item.regime}.${item.stage}`)).toEqual([
      'Överbelastningsattack mot e-tjänster: nis2.early_warning',
      'Felskickat mejl med elevuppgifter: gdpr.notification',
      'Överbelastningsattack mot e-tjänster: nis2.notification',
      'Överbelastningsattack mot e-tjänster: nis2.final_report',
    ]);
    expect(items.every((item) => item.incidentId !== waived.id)).toBe(true);
    const first = items[0]!;
    expect(first).toMatchObject({ number: outage.number, state: 'pending', dueAt: expect.any(String) });
    expect(first.fractionElapsed).toBeCloseTo(0.5, 1);
    expect(items.find((item) => item.incidentId === breach.id)!.fractionElapsed).toBeCloseTo(0.5, 1);
    expect(items.at(-1)).toMatchObject({ dueAt: null, state: 'waiting' });

    expect((await dpo.get('/api/v1/incident-deadlines')).json().items).toHaveLength(4);
    expect((await employee.get('/api/v1/incident-deadlines')).statusCode).toBe(403);
  });
});
