import { describe, expect, it } from 'vitest';
import { deadlineState, incidentDeadlines, type ReportRecord } from '../../shared/incident/deadlines.js';
import { canMove, type IncidentStatus } from '../../shared/incident/taxonomy.js';
import { exempelkommunLogins } from './demoLogins.js';
import type { IncidentDemoInput, PlannedIncident } from './incidentDemoLifecycle.js';
import { majorIncidentTitle } from './incidentDemoMajor.js';
import { planIncidents } from './incidentDemoPlan.js';
import { seededRandom } from './names.js';
import { exempelkommunTree, type DemoUnit } from './orgTrees.js';
import { demoObjects } from './registerContent.js';
import type { DemoPerson } from './registerOwners.js';

const now = Date.parse('2026-11-28T09:00:00Z');
const dayMs = 86_400_000;

/** The demo's shape without a database: staff per unit as in the org tree, the sign-ins, the register's objects. */
function demoInput(seed = 301, at = now): IncidentDemoInput {
  const people: DemoPerson[] = [];
  const unitIds = new Map<string, string>();
  const walk = (units: DemoUnit[]): void =>
    units.forEach((unit) => {
      unitIds.set(unit.key, `unit-${unit.key}`);
      for (let n = 0; n < unit.staff; n += 1) people.push({ id: `p-${unit.key}-${n}`, name: `Person ${unit.key} ${n}`, email: `${unit.key}${n}@x.se`, unitKey: unit.key, chef: n === 0, login: false, active: true });
      walk(unit.children ?? []);
    });
  walk(exempelkommunTree);
  for (const login of exempelkommunLogins) people.push({ id: login.email, name: login.name, email: login.email, unitKey: login.unit, chef: false, login: true, active: true });
  const objects = demoObjects.map((object, o) => ({
    id: `o-${o}`, name: object.name, unitKey: object.unit, orgUnitId: `unit-${object.unit}`, critical: object.critical,
    systems: object.systems.map((system, s) => ({ id: `s-${o}-${s}`, name: system.name, supplier: system.supplier, hosting: system.hosting })),
  }));
  const review = objects.find((object) => object.name === 'Trygghetslarm')!;
  return { tenantId: 'tenant', people, unitIds, objects, now: at, random: seededRandom(seed), majorReview: { objectId: review.id, requestedAt: at - 23 * dayMs } };
}

const ms = (value: string | null | undefined) => (value ? Date.parse(value) : null);
/** Everything but the generated ids. */
const withoutIds = (value: unknown) => JSON.stringify(value, (key, field) => (['id', 'incidentId', 'toValue'].includes(key) ? undefined : field));
const count = (list: PlannedIncident[], test: (incident: PlannedIncident) => boolean) => list.filter(test).length;

describe("the incident demo's plan", () => {
  const planned = planIncidents(demoInput());

  it('is the same on every load', () => {
    expect(withoutIds(planIncidents(demoInput()))).toBe(withoutIds(planned));
  });

  it('has about 250 incidents over two years, in a realistic mix', () => {
    expect(planned.length).toBeGreaterThanOrEqual(230);
    expect(planned.length).toBeLessThanOrEqual(270);
    expect(Math.min(...planned.map((incident) => ms(incident.row.awareAt)!))).toBeGreaterThan(now - 730 * dayMs);
    const kinds = (kind: string) => planned.filter((incident) => incident.kind === kind);
    const phishing = kinds('phishing');
    expect(phishing.length).toBeGreaterThan(50);
    expect(phishing.every((incident) => incident.row.status === 'reported' || (incident.row.rsitType === 'phishing' && incident.row.cause === 'malicious_human'))).toBe(true);
    // Waves: at least five bursts of 5 or more reports within four days.
    const days = phishing.map((incident) => ms(incident.row.awareAt)!).sort((a, b) => a - b);
    const bursts = days.filter((day, index) => index === 0 || day - days[index - 1]! > 20 * dayMs).filter((start) => days.filter((day) => day >= start && day < start + 4 * dayMs).length >= 5);
    expect(bursts.length).toBeGreaterThanOrEqual(5);
    const misdirected = kinds('misdirected').filter((incident) => incident.row.triagedAt);
    expect(misdirected.length).toBeGreaterThan(20);
    expect(misdirected.every((incident) => incident.row.personalData && incident.row.peopleAffected! > 0 && incident.row.cause === 'non_malicious_human' && incident.row.categories!.includes('handling_error'))).toBe(true);
    expect(kinds('lost').length).toBeGreaterThan(25);
    expect(planned.some((incident) => /USB-minne/.test(incident.row.title)) && planned.some((incident) => /skrivaren/.test(incident.row.title)) && planned.some((incident) => /bussen/.test(incident.row.title))).toBe(true);
    const outages = kinds('outage');
    expect(outages.length).toBeGreaterThan(30);
    expect(outages.filter((incident) => incident.row.title.startsWith('Driftstörning hos')).length).toBeGreaterThan(10);
    expect(kinds('ddos').every((incident) => incident.row.status === 'reported' || (incident.row.categories!.includes('blocked_access') && incident.row.rsitType === 'ddos'))).toBe(true);
    expect(kinds('rejected').every((incident) => incident.row.status === 'rejected' || incident.row.status === 'reported')).toBe(true);
    expect(count(planned, (incident) => incident.row.status === 'rejected')).toBeGreaterThanOrEqual(5);
  });

  it('reads true: times in order, severities mostly low, channels mostly the web form, recent ones still open', () => {
    for (const { row, events } of planned) {
      const times = [row.occurredAt, row.detectedAt, row.awareAt, row.createdAt, row.triagedAt, row.resolvedAt, row.closedAt].map(ms).filter((time) => time !== null) as number[];
      expect(times, row.title).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times, ...events.map((event) => ms(event.at)!))).toBeLessThanOrEqual(now);
      expect(events[0]).toMatchObject({ kind: 'reported', at: row.createdAt });
      // Every status change is one the flow allows, and the last one is the incident's status.
      let status: IncidentStatus = 'reported';
      for (const event of events.filter((candidate) => candidate.kind === 'status')) {
        expect(canMove(status, event.toValue as IncidentStatus), `${row.title}: ${status} → ${event.toValue}`).toBe(true);
        status = event.toValue as IncidentStatus;
      }
      expect(status).toBe(row.status);
    }
    const rated = planned.filter((incident) => incident.row.severity);
    expect(count(rated, (incident) => incident.row.severity! <= 2)).toBeGreaterThan(rated.length * 0.75);
    expect(count(rated, (incident) => incident.row.severity === 3)).toBeGreaterThan(5);
    expect(count(rated, (incident) => incident.row.severity === 4)).toBeGreaterThanOrEqual(1);
    expect(count(rated, (incident) => incident.row.severity === 4)).toBeLessThanOrEqual(4);
    expect(count(planned, (incident) => incident.row.channel === 'web_form')).toBeGreaterThan(planned.length / 2);
    for (const channel of ['phone', 'servicedesk', 'technical_alarm']) expect(count(planned, (incident) => incident.row.channel === channel), channel).toBeGreaterThan(5);
    const old = planned.filter((incident) => ms(incident.row.awareAt)! < now - 120 * dayMs);
    expect(count(old, (incident) => ['closed', 'rejected'].includes(incident.row.status!))).toBeGreaterThan(old.length * 0.85);
    const open = new Set(planned.filter((incident) => ms(incident.row.awareAt)! > now - 30 * dayMs).map((incident) => incident.row.status));
    for (const status of ['reported', 'triaged', 'in_progress', 'resolved']) expect(open, status).toContain(status);
  });

  it('numbers the incidents per year of reporting, 0001 upwards', () => {
    const byYear = new Map<number, number[]>();
    for (const { row } of planned) byYear.set(row.year!, [...(byYear.get(row.year!) ?? []), row.serial!]);
    for (const serials of byYear.values()) expect(serials.sort((a, b) => a - b)).toEqual(serials.map((_, index) => index + 1));
  });

  it('has one ransomware-like major incident with every legal report made', () => {
    const [major] = planned.filter((incident) => incident.kind === 'major');
    expect(major!.row).toMatchObject({
      title: majorIncidentTitle, severity: 4, escalationLevel: 4, rsitClass: 'malicious_code', rsitType: 'ransomware', categories: ['attack', 'blocked_access'],
      significant: true, significantCriteria: ['a', 'b'], personalData: true, crimeSuspected: true, status: 'closed',
    });
    expect(major!.row.peopleAffected).toBeGreaterThan(1000);
    expect(major!.row.policeReportRef).toMatch(/^5000-K\d{7}-\d{2}$/);
    expect(major!.row.rootCause && major!.row.lessonsLearned && major!.row.significantExplanation).toBeTruthy();
    expect(major!.row.objectIds!.length).toBeGreaterThanOrEqual(3);
    expect(Math.abs(ms(major!.row.awareAt)! - (now - 150 * dayMs))).toBeLessThan(8 * dayMs);
    expect(major!.events.filter((event) => event.kind === 'status').map((event) => event.toValue)).toEqual(['triaged', 'escalated', 'in_progress', 'resolved', 'root_cause_found', 'closed']);
    expect(major!.deadlines.map((deadline) => `${deadline.regime}.${deadline.stage}`)).toEqual(['nis2.early_warning', 'nis2.notification', 'nis2.intermediate_report', 'nis2.progress_report', 'nis2.final_report', 'gdpr.notification']);
    for (const deadline of major!.deadlines) {
      expect(deadline.submittedAt, deadline.stage).toBeTruthy();
      expect(ms(deadline.submittedAt)!, deadline.stage).toBeLessThanOrEqual(ms(deadline.dueAt)!);
      expect(deadline.reference, deadline.stage).toBeTruthy();
    }
    expect(major!.tasks.length).toBeGreaterThanOrEqual(5);
    expect(major!.events.filter((event) => event.kind === 'note').length).toBeGreaterThanOrEqual(8);
    expect(major!.actions.length).toBeGreaterThan(0);
  });

  it('keeps the legal clocks as syncDeadlines would, with one overdue and one due within hours', () => {
    for (const { row, deadlines } of planned) {
      const reports: ReportRecord[] = deadlines
        .filter((deadline) => deadline.stage === 'intermediate_report' || deadline.submittedAt)
        .map((deadline) => ({ regime: deadline.regime as 'nis2', stage: deadline.stage as 'notification', submittedAt: deadline.submittedAt ?? null, requestedAt: deadline.requestedAt, requestedDueAt: deadline.dueAt }));
      const clocks = incidentDeadlines({ awareAt: row.awareAt, significant: row.significant!, personalData: row.personalData!, resolvedAt: row.resolvedAt ?? null, gdprNotificationWaivedReason: row.gdprWaivedReason ?? null, reports });
      expect(deadlines.map(({ regime, stage, startsAt, dueAt, provisional, waived }) => ({ regime, stage, startsAt, dueAt, provisional, waived })), row.title).toEqual(
        clocks.map(({ regime, stage, startsAt, dueAt, provisional, waived }) => ({ regime, stage, startsAt, dueAt, provisional, waived })),
      );
      for (const clock of clocks.filter((candidate) => candidate.late)) expect(deadlines.find((deadline) => deadline.stage === clock.stage && deadline.regime === clock.regime)!.lateReason).toBeTruthy();
      if (row.significant) expect(ms(row.awareAt)!).toBeGreaterThanOrEqual(Date.parse('2026-01-15T00:00:00+01:00'));
    }
    const all = planned.flatMap((incident) => incident.deadlines.map((deadline) => ({ ...deadline, state: deadlineState({ ...deadline, late: false } as never, new Date(now).toISOString()) })));
    expect(all.filter((deadline) => deadline.state.status === 'overdue')).toHaveLength(1);
    expect(all.some((deadline) => deadline.state.status === 'pending' && deadline.state.msRemaining! < 12 * 3_600_000)).toBe(true);
    const gdpr = planned.filter((incident) => incident.deadlines.some((deadline) => deadline.regime === 'gdpr'));
    expect(count(gdpr, (incident) => incident.deadlines.some((deadline) => deadline.regime === 'gdpr' && deadline.submittedAt && !deadline.lateReason))).toBeGreaterThan(gdpr.length / 2);
    expect(count(gdpr, (incident) => incident.deadlines.some((deadline) => deadline.lateReason))).toBeGreaterThan(0);
    expect(count(gdpr, (incident) => Boolean(incident.row.gdprWaivedReason))).toBeGreaterThan(0);
  });

  it('gives employee@ exactly two reports of her own and no other part', () => {
    const employee = 'employee@exempelkommun.se';
    expect(count(planned, (incident) => incident.row.reporterId === employee)).toBe(2);
    expect(planned.some((incident) => incident.row.assigneeId === employee || incident.tasks.some((task) => task.ownerId === employee))).toBe(false);
  });

  it('never shows a time in the future, whatever day it is loaded', () => {
    for (const at of [Date.parse('2027-03-29T06:00:00Z'), Date.parse('2026-07-05T22:30:00Z')]) {
      const plan = planIncidents(demoInput(301, at));
      const latest = Math.max(...plan.flatMap((incident) => [...incident.events.map((event) => ms(event.at)!), ms(incident.row.updatedAt)!, ...incident.deadlines.map((deadline) => ms(deadline.submittedAt) ?? 0)]));
      expect(latest).toBeLessThanOrEqual(at);
    }
  });
});
