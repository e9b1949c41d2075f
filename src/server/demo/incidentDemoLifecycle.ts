import { randomUUID } from 'node:crypto';
import type { ActionStatus } from '../../shared/actions.js';
import type { Aspect } from '../../shared/classification/aspects.js';
import { incidentDeadlines, type DeadlineRegime, type DeadlineStage, type ReportRecord } from '../../shared/incident/deadlines.js';
import type { IncidentCause, IncidentStatus, MsbCategory, ReportChannel, RsitClassCode, RsitTypeCode, Severity, SignificanceCriterion } from '../../shared/incident/taxonomy.js';
import type { actions } from '../db/schema/actions.js';
import type { incidentDeadlines as deadlineTable, incidentEvents, incidents, incidentTasks } from '../db/schema/incident.js';
import type { DemoPerson } from './registerOwners.js';
import { iso, isoDate, minuteMs } from './incidentDemoTime.js';

/**
 * From an incident as it happened (a draft) and what was done about it (a path) to the rows the
 * incident module keeps: the incident, its timeline in the module's own wording, its tasks, its
 * legal clocks (the pure `incidentDeadlines`, as `syncDeadlines` would write them) and actions
 * from its lessons learned. Nothing here happens after `now`.
 */

export interface IncidentDemoObject {
  id: string;
  name: string;
  unitKey: string;
  orgUnitId: string;
  critical: boolean;
  systems: Array<{ id: string; name: string; supplier: string; hosting: string }>;
}

export interface IncidentDemoInput {
  tenantId: string;
  people: DemoPerson[];
  unitIds: Map<string, string>;
  objects: IncidentDemoObject[];
  now: number;
  random: () => number;
  /** The risk demo's analysis waiting for review after a major incident: its object and when it was asked for. */
  majorReview: { objectId: string; requestedAt: number } | null;
}

export type DemoKind = 'phishing' | 'misdirected' | 'lost' | 'outage' | 'ddos' | 'account' | 'malware' | 'snooping' | 'fraud' | 'vulnerability' | 'login_attempts' | 'rejected' | 'major' | 'open_deadline' | 'supplier_major';

/** The incident as reported and as the incident manager classifies it. */
export interface Draft {
  kind: DemoKind;
  title: string;
  description: string;
  channel: ReportChannel;
  reporter: DemoPerson | null;
  orgUnitId: string;
  occurredAt: number;
  detectedAt: number;
  awareAt: number;
  reportedAt: number;
  severity: Severity;
  /** The level the incident ends at (1 when IT handles it alone). */
  escalationLevel: number;
  rsit: [RsitClassCode, RsitTypeCode];
  categories: MsbCategory[];
  cause: IncidentCause;
  aspects: Aspect[];
  objectIds: string[];
  systemIds: string[];
  personalData: { people: number; records: number } | null;
  /** The reporter ticked "personal data" already; otherwise triage finds it. */
  personalDataReported: boolean;
  gdprWaivedReason: string | null;
  significant: { criteria: SignificanceCriterion[]; explanation: string } | null;
  crimeSuspected: boolean;
  policeReportRef: string | null;
  assignee: DemoPerson | null;
  rootCause: string | null;
  lessons: string | null;
}

export interface DemoReport {
  regime: DeadlineRegime;
  stage: DeadlineStage;
  submittedAt: number | null;
  reference: string | null;
  lateReason?: string;
  /** Intermediate reports: when the CSIRT asked, and for when. */
  requestedAt?: number;
  requestedDueAt?: number;
}

/** What was done, when: every time at or before `now`. */
export interface Path {
  /** Classification, severity and assignee are set just before the move to triaged (or to rejected). */
  triageAt: number | null;
  steps: Array<{ status: IncidentStatus; at: number; note?: string }>;
  escalations: Array<{ at: number; to: number }>;
  notes: Array<{ at: number; note: string; actor: DemoPerson }>;
  tasks: Array<{ title: string; owner: DemoPerson | null; at: number; due: number; doneAt: number | null }>;
  reports: DemoReport[];
  /** Handlingsplan actions made from the lessons learned. */
  lessonActions?: Array<{ at: number; objectId: string; title: string; owner: DemoPerson; due: number; status: ActionStatus }>;
}

export interface PlannedIncident {
  kind: DemoKind;
  row: typeof incidents.$inferInsert & { id: string };
  events: Array<typeof incidentEvents.$inferInsert>;
  tasks: Array<typeof incidentTasks.$inferInsert>;
  deadlines: Array<typeof deadlineTable.$inferInsert>;
  actions: Array<typeof actions.$inferInsert>;
}

const reached = (path: Path, status: IncidentStatus) => path.steps.find((step) => step.status === status)?.at ?? null;

/** The rows of one incident; `year` and `serial` are numbered later, over all incidents in reporting order. */
export function assemble(draft: Draft, path: Path, input: IncidentDemoInput, manager: DemoPerson): PlannedIncident {
  const { tenantId } = input;
  const id = randomUUID();
  const triaged = path.triageAt !== null;
  const rejected = path.steps.some((step) => step.status === 'rejected');
  const classified = triaged && !rejected;
  const status = path.steps.at(-1)?.status ?? 'reported';
  const resolvedAt = reached(path, 'resolved');
  const investigated = reached(path, 'root_cause_found') !== null;
  const personalData = draft.personalData !== null && (draft.personalDataReported || classified);
  const significant = classified && draft.significant !== null;
  const gdprWaivedReason = classified ? draft.gdprWaivedReason : null;

  const events: PlannedIncident['events'] = [];
  const event = (at: number, kind: string, values: { actor?: DemoPerson | null; from?: string | null; to?: string | null; note?: string | null } = {}) =>
    events.push({ tenantId, incidentId: id, at: iso(at), kind, actorId: values.actor === undefined ? manager.id : (values.actor?.id ?? null), fromValue: values.from ?? null, toValue: values.to ?? null, note: values.note ?? null });

  event(draft.reportedAt, 'reported', { actor: draft.channel === 'web_form' ? draft.reporter : manager, to: 'reported' });
  let level = 1;
  if (classified) {
    const at = path.triageAt! - 2 * minuteMs;
    if (draft.assignee) event(at, 'assignee', { from: null, to: draft.assignee.name });
    event(at, 'severity', { from: null, to: String(draft.severity) });
    const firstLevel = Math.min(draft.escalationLevel, 3);
    if (firstLevel > 1) event(at, 'escalation', { from: '1', to: String(firstLevel) });
    level = firstLevel;
    event(at, 'triage', { to: triageFields(draft).join(',') });
  }
  for (const step of path.steps) {
    const from = events.filter((entry) => entry.kind === 'status').at(-1)?.toValue ?? 'reported';
    event(step.at, 'status', { from, to: step.status, note: step.note ?? null });
    if (step.status === 'escalated') event(step.at, 'escalation', { from: String(level), to: '4' }), (level = 4);
  }
  for (const escalation of path.escalations) event(escalation.at, 'escalation', { from: String(level), to: String(escalation.to) }), (level = escalation.to);
  for (const note of path.notes) event(note.at, 'note', { actor: note.actor, note: note.note });
  for (const task of path.tasks) {
    event(task.at, 'task', { to: 'created', note: task.title });
    if (task.doneAt !== null) event(task.doneAt, 'task', { actor: task.owner ?? manager, to: 'done', note: task.title });
  }
  for (const report of path.reports) {
    if (report.requestedAt !== undefined) event(report.requestedAt, 'intermediate_requested', { to: iso(report.requestedDueAt!) });
  }
  const intermediates = path.reports.filter((report) => report.stage === 'intermediate_report');
  for (const report of path.reports.filter((candidate) => candidate.submittedAt !== null)) {
    const seq = report.stage === 'intermediate_report' ? intermediates.indexOf(report) + 1 : 0;
    event(report.submittedAt!, 'report_submitted', { to: `${report.regime}.${report.stage}${seq > 0 ? `.${seq}` : ''}`, note: report.reference });
  }
  const lessonActions = (path.lessonActions ?? []).map((action) => {
    const actionId = randomUUID();
    event(action.at, 'lesson_action', { to: actionId, note: action.title });
    return {
      id: actionId, tenantId, objectId: action.objectId, incidentId: id, source: 'incident', title: action.title, ownerId: action.owner.id, dueDate: isoDate(action.due),
      status: action.status, createdAt: iso(action.at), updatedAt: iso(action.at),
    };
  });
  events.sort((a, b) => Date.parse(a.at!) - Date.parse(b.at!));
  const lastAt = Date.parse(events.at(-1)!.at!);

  const row: PlannedIncident['row'] = {
    id, tenantId, year: 0, serial: 0, title: draft.title, description: draft.description, channel: draft.channel, reporterId: draft.reporter?.id ?? null, orgUnitId: draft.orgUnitId,
    status, severity: classified ? draft.severity : null, escalationLevel: level, assigneeId: classified ? (draft.assignee?.id ?? null) : null,
    rsitClass: classified ? draft.rsit[0] : null, rsitType: classified ? draft.rsit[1] : null, categories: classified ? draft.categories : [], cause: classified ? draft.cause : null,
    aspects: classified ? draft.aspects : [], objectIds: classified ? draft.objectIds : [], systemIds: classified ? draft.systemIds : [],
    personalData, peopleAffected: personalData && classified ? draft.personalData!.people : null, recordsAffected: personalData && classified ? draft.personalData!.records : null,
    significant, significantCriteria: significant ? draft.significant!.criteria : [], significantExplanation: significant ? draft.significant!.explanation : null,
    crimeSuspected: classified && draft.crimeSuspected, policeReportRef: classified ? draft.policeReportRef : null, gdprWaivedReason,
    rootCause: investigated ? draft.rootCause : null, lessonsLearned: status === 'closed' ? draft.lessons : null,
    occurredAt: iso(draft.occurredAt), detectedAt: iso(draft.detectedAt), awareAt: iso(draft.awareAt), triagedAt: classified ? iso(reached(path, 'triaged')!) : null,
    resolvedAt: resolvedAt === null ? null : iso(resolvedAt), closedAt: status === 'closed' ? iso(reached(path, 'closed')!) : null,
    version: 1 + events.filter((entry) => ['status', 'triage'].includes(entry.kind!)).length, createdAt: iso(draft.reportedAt), updatedAt: iso(lastAt),
  };

  const tasks = path.tasks.map((task) => ({
    tenantId, incidentId: id, title: task.title, ownerId: task.owner?.id ?? null, dueDate: isoDate(task.due), doneAt: task.doneAt === null ? null : iso(task.doneAt),
    version: task.doneAt === null ? 1 : 2, createdAt: iso(task.at), updatedAt: iso(task.doneAt ?? task.at),
  }));
  return { kind: draft.kind, row, events, tasks, deadlines: deadlineRows(row, path, manager), actions: lessonActions };
}

/** The fields a triage changes, in the order the incident module lists them on the timeline. */
function triageFields(draft: Draft): string[] {
  const fields = ['rsitClass', 'rsitType', 'categories', 'cause', 'aspects'];
  if (draft.objectIds.length > 0) fields.push('objectIds');
  if (draft.systemIds.length > 0) fields.push('systemIds');
  if (draft.personalData) fields.push(...(draft.personalDataReported ? [] : ['personalData']), 'peopleAffected', 'recordsAffected');
  if (draft.significant) fields.push('significant', 'significantCriteria', 'significantExplanation');
  if (draft.crimeSuspected) fields.push('crimeSuspected', ...(draft.policeReportRef ? ['policeReportRef'] : []));
  if (draft.gdprWaivedReason) fields.push('gdprWaivedReason');
  return fields;
}

/** The legal clocks as `syncDeadlines` keeps them, with the submissions made so far. */
function deadlineRows(row: PlannedIncident['row'], path: Path, manager: DemoPerson): PlannedIncident['deadlines'] {
  const intermediates = path.reports.filter((report) => report.stage === 'intermediate_report');
  const records: ReportRecord[] = path.reports
    .filter((report) => report.stage === 'intermediate_report' || report.submittedAt !== null)
    .map((report) => ({
      regime: report.regime, stage: report.stage, submittedAt: report.submittedAt === null ? null : iso(report.submittedAt),
      ...(report.stage === 'intermediate_report' ? { requestedAt: iso(report.requestedAt!), requestedDueAt: iso(report.requestedDueAt!) } : {}),
    }));
  const clocks = incidentDeadlines({
    awareAt: row.awareAt, significant: row.significant!, personalData: row.personalData!, resolvedAt: row.resolvedAt ?? null,
    gdprNotificationWaivedReason: row.gdprWaivedReason ?? null, reports: records,
  });
  let intermediate = 0;
  return clocks.map((clock) => {
    const seq = clock.stage === 'intermediate_report' ? ++intermediate : 0;
    const report = clock.stage === 'intermediate_report' ? intermediates[seq - 1] : path.reports.find((candidate) => candidate.regime === clock.regime && candidate.stage === clock.stage && candidate.submittedAt !== null);
    const createdAt = report?.requestedAt ?? Date.parse(row.triagedAt ?? row.createdAt!);
    return {
      tenantId: row.tenantId, incidentId: row.id, regime: clock.regime, stage: clock.stage, seq, startsAt: clock.startsAt, dueAt: clock.dueAt, provisional: clock.provisional, waived: clock.waived,
      requestedAt: report?.requestedAt === undefined ? null : iso(report.requestedAt), submittedAt: clock.submittedAt, submittedBy: clock.submittedAt ? manager.id : null,
      reference: clock.submittedAt ? (report?.reference ?? null) : null, lateReason: clock.late ? (report?.lateReason ?? null) : null, alertedPercent: 0,
      createdAt: iso(Math.min(createdAt, report?.submittedAt ?? createdAt)), updatedAt: iso(Math.max(createdAt, report?.submittedAt ?? createdAt)),
    };
  });
}
