import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DeadlineListItem, IncidentDetail, IncidentSummary, StatsRows } from '../../shared/schemas/incident.js';
import { withTenant } from '../db/context.js';
import { incidentDeadlines, riskAnalyses, tenants } from '../db/schema/index.js';
import { syncDeadlines } from '../modules/incidentDeadlines/sync.js';
import { useTestApp } from '../testing/fixtures.js';
import { signIn, type Client } from '../testing/testApp.js';
import { majorIncidentTitle } from './incidentDemoMajor.js';
import { seedDemo } from './seedDemo.js';

const password = 'demo-password-for-tests';
const hourMs = 3_600_000;

describe("Exempelkommun's incidents", () => {
  const test = useTestApp();
  let manager: Client;
  let incidents: IncidentSummary[];
  let total: number;

  beforeAll(async () => {
    await seedDemo(test.database, password, false);
    manager = await signIn(test.app, 'incident@exempelkommun.se', password);
    ({ items: incidents, total } = (await manager.get('/api/v1/incidents?limit=1000')).json());
  }, 300_000);

  const count = (test: (incident: IncidentSummary) => boolean) => incidents.filter(test).length;
  const detail = async (id: string): Promise<IncidentDetail> => (await manager.get(`/api/v1/incidents/${id}`)).json();

  it('lists about 250 incidents over two years to the incident manager, numbered per year', () => {
    expect(total).toBe(incidents.length);
    expect(total).toBeGreaterThanOrEqual(230);
    expect(total).toBeLessThanOrEqual(270);
    expect(incidents.every((incident) => /^20\d\d-\d{4}$/.test(incident.number))).toBe(true);
    expect(new Set(incidents.map((incident) => incident.number)).size).toBe(total);
    const oldest = Math.min(...incidents.map((incident) => Date.parse(incident.awareAt)));
    expect(oldest).toBeGreaterThan(Date.now() - 731 * 24 * hourMs);
    expect(oldest).toBeLessThan(Date.now() - 600 * 24 * hourMs);
    for (const status of ['reported', 'triaged', 'in_progress', 'resolved', 'closed', 'rejected']) expect(count((incident) => incident.status === status), status).toBeGreaterThan(0);
    expect(count((incident) => incident.personalData)).toBeGreaterThan(40);
    expect(count((incident) => incident.title.includes('nätfiske') || incident.title.includes('mejl'))).toBeGreaterThan(40);
  });

  it('has one ransomware-like major incident, escalated to crisis management, with every legal report submitted', async () => {
    const [summary] = incidents.filter((incident) => incident.title === majorIncidentTitle);
    expect(summary).toMatchObject({ severity: 4, escalationLevel: 4, significant: true, personalData: true, status: 'closed' });
    const major = await detail(summary!.id);
    expect(major).toMatchObject({ rsitClass: 'malicious_code', rsitType: 'ransomware', categories: ['attack', 'blocked_access'], significantCriteria: ['a', 'b'], crimeSuspected: true });
    expect(major.policeReportRef).toBeTruthy();
    expect(major.peopleAffected).toBeGreaterThan(1000);
    expect(major.objects.map((object) => object.name)).toContain('Serverdrift och virtualisering');
    expect(major.deadlines.map((deadline) => `${deadline.regime}.${deadline.stage}`)).toEqual(['nis2.early_warning', 'nis2.notification', 'nis2.intermediate_report', 'nis2.progress_report', 'nis2.final_report', 'gdpr.notification']);
    for (const deadline of major.deadlines) expect({ stage: deadline.stage, state: deadline.state, reference: Boolean(deadline.reference) }).toEqual({ stage: deadline.stage, state: 'done', reference: true });
    expect(major.timeline.filter((event) => event.kind === 'status').map((event) => event.to)).toEqual(['triaged', 'escalated', 'in_progress', 'resolved', 'root_cause_found', 'closed']);
    expect(major.timeline.filter((event) => event.kind === 'note').length).toBeGreaterThanOrEqual(8);
    expect(major.timeline.filter((event) => event.kind === 'report_submitted')).toHaveLength(6);
    expect(major.tasks.length).toBeGreaterThanOrEqual(5);
    expect(major.tasks.every((task) => task.owner && task.doneAt)).toBe(true);
    expect(major.rootCause && major.lessonsLearned).toBeTruthy();
    expect(major.lessons.actions.length).toBeGreaterThan(0);
  });

  it('has open legal deadlines to show: one overdue, one due within hours', async () => {
    const { items } = (await manager.get('/api/v1/incident-deadlines')).json() as { items: DeadlineListItem[] };
    expect(items.filter((item) => item.state === 'overdue')).toHaveLength(1);
    expect(items.some((item) => item.state === 'pending' && Date.parse(item.dueAt!) - Date.now() < 12 * hourMs)).toBe(true);
    expect(items.some((item) => item.regime === 'gdpr') && items.some((item) => item.regime === 'nis2')).toBe(true);
  });

  it('keeps the legal clocks exactly as syncDeadlines does', async () => {
    const [tenant] = await test.database.db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, 'exempelkommun'));
    const snapshot = () =>
      test.database.db
        .select()
        .from(incidentDeadlines)
        .where(eq(incidentDeadlines.tenantId, tenant!.id))
        .orderBy(incidentDeadlines.incidentId, incidentDeadlines.regime, incidentDeadlines.stage, incidentDeadlines.seq)
        .then((rows) => rows.map(({ updatedAt: _updatedAt, ...row }) => row));
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(50);
    await withTenant(test.database, tenant!.id, null, async (ctx) => {
      for (const incident of incidents) await syncDeadlines(ctx, incident.id);
    });
    expect(await snapshot()).toEqual(before);
  });

  it('triaged a supplier outage as critical when the risk demo asked for a new analysis after a major incident', async () => {
    // The API does not show when a review was asked for; the row does.
    const [review] = await test.database.db
      .select({ objectId: riskAnalyses.objectId, requestedAt: riskAnalyses.reviewRequestedAt })
      .from(riskAnalyses)
      .where(eq(riskAnalyses.reviewTrigger, 'major_incident'));
    const critical = await Promise.all(incidents.filter((incident) => incident.severity === 4).map((incident) => detail(incident.id)));
    const trigger = critical.find((incident) => incident.objects.some((object) => object.id === review!.objectId))!;
    expect(trigger).toBeDefined();
    const rated = trigger.timeline.find((event) => event.kind === 'severity' && event.to === '4')!;
    expect(Math.abs(Date.parse(rated.at) - Date.parse(new Date(review!.requestedAt!).toISOString()))).toBeLessThan(5 * 60_000);
  });

  it('shows employee@ her own two reports and nothing else', async () => {
    const employee = await signIn(test.app, 'employee@exempelkommun.se', password);
    const own = (await employee.get('/api/v1/incidents?limit=1000')).json();
    expect(own.total).toBe(2);
    expect(own.items.every((incident: IncidentSummary) => incident.mine)).toBe(true);
    const someoneElses = incidents.find((incident) => !own.items.some((mine: IncidentSummary) => mine.id === incident.id))!;
    expect((await employee.get(`/api/v1/incidents/${someoneElses.id}`)).statusCode).toBeGreaterThanOrEqual(403);
  });

  it('adds the statistics by severity up to the incidents listed', async () => {
    const ciso = await signIn(test.app, 'ciso@exempelkommun.se', password);
    const stats = (await ciso.get('/api/v1/incidents/stats?groupBy=severity')).json() as StatsRows;
    const listed = (await ciso.get('/api/v1/incidents?limit=1000')).json().total as number;
    expect(stats.rows.reduce((sum, row) => sum + row.count, 0)).toBe(listed);
    expect(stats.total).toBe(listed);
    const bySeverity = Object.fromEntries(stats.rows.map((row) => [row.key, row.count]));
    expect(bySeverity['1']! + bySeverity['2']!).toBeGreaterThan(listed * 0.75);
    expect(bySeverity['4']).toBeGreaterThanOrEqual(1);
  });
});
