import { authorize, type AccessTarget } from '../../../shared/access.js';
import type { Aspect } from '../../../shared/classification/aspects.js';
import { formatProfile } from '../../../shared/classification/profile.js';
import {
  incidentTransitions,
  suggestedSeverity,
  type IncidentCause,
  type IncidentStatus,
  type MsbCategory,
  type ReportChannel,
  type RsitClassCode,
  type RsitTypeCode,
  type SignificanceCriterion,
} from '../../../shared/incident/taxonomy.js';
import type { IncidentDeadline, IncidentDetail, IncidentSummary } from '../../../shared/schemas/incident.js';
import type { TenantContext } from '../../db/context.js';
import { toIso } from '../../db/time.js';
import { notFound } from '../../http/domainError.js';
import { listAttachments } from '../incidentAttachments/queries.js';
import { deadlinesOf, findIncidentView, lessonsOf, tasksOf, timelineOf, type IncidentView } from './detailQueries.js';
import { affectedObjects, incidentNumber, systemNames } from './queries.js';
import { incidentTarget } from './targets.js';

/** The first legal deadline still waiting for a report, for the countdown. */
export function nextDeadlineOf(deadlines: ReadonlyArray<Pick<IncidentDeadline, 'regime' | 'stage' | 'dueAt' | 'submittedAt' | 'waived'>>): IncidentSummary['nextDeadline'] {
  const open = deadlines.filter((deadline) => deadline.submittedAt === null && !deadline.waived && deadline.dueAt !== null);
  open.sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!));
  const first = open[0];
  return first ? { regime: first.regime, stage: first.stage, dueAt: first.dueAt! } : null;
}

/**
 * The list row. `full` false: the caller only reported it, so what the incident roles decided
 * (severity, who handles it) stays with them.
 */
export function toSummary(view: Omit<IncidentView, 'unitPath'>, personId: string | null, nextDeadline: IncidentSummary['nextDeadline'], full: boolean): IncidentSummary {
  const { incident } = view;
  return {
    id: incident.id,
    number: incidentNumber(incident),
    title: incident.title,
    status: incident.status as IncidentStatus,
    severity: full ? incident.severity : null,
    escalationLevel: incident.escalationLevel,
    channel: incident.channel as ReportChannel,
    orgUnit: { id: incident.orgUnitId, name: view.unitName },
    assignee: full && incident.assigneeId && view.assigneeName !== null ? { id: incident.assigneeId, name: view.assigneeName } : null,
    awareAt: toIso(incident.awareAt),
    reportedAt: toIso(incident.createdAt),
    significant: incident.significant,
    personalData: incident.personalData,
    nextDeadline,
    mine: personId !== null && incident.reporterId === personId,
  };
}

/** Full view: the caller's roles reach the incident's unit, or they work on it; otherwise they see their own report. */
function seesEverything(ctx: TenantContext, target: AccessTarget & { kind: 'incident' }): boolean {
  if (!ctx.actor) return true;
  return target.involvement === 'assigned' || authorize(ctx.actor.grants, 'incident.read', { kind: 'orgUnit', path: target.path });
}

const may = (ctx: TenantContext, permission: 'incident.manage' | 'incident.contribute', target: AccessTarget) => !ctx.actor || authorize(ctx.actor.grants, permission, target);

export async function describeIncident(ctx: TenantContext, id: string): Promise<IncidentDetail> {
  const target = await incidentTarget(ctx, id);
  const view = await findIncidentView(ctx, id);
  if (!target || target.kind !== 'incident' || !view) throw notFound('incident');
  const { incident } = view;
  const personId = ctx.actor?.personId ?? null;
  const full = seesEverything(ctx, target);
  const deadlines = await deadlinesOf(ctx, id);
  const reported = {
    ...toSummary(view, personId, nextDeadlineOf(deadlines), full),
    description: incident.description,
    reporter: incident.reporterId && view.reporterName !== null ? { id: incident.reporterId, name: view.reporterName } : null,
    reporterContact: incident.reporterContact,
    occurredAt: toIso(incident.occurredAt),
    detectedAt: toIso(incident.detectedAt),
    triagedAt: toIso(incident.triagedAt),
    resolvedAt: toIso(incident.resolvedAt),
    closedAt: toIso(incident.closedAt),
    deadlines,
    version: incident.version,
    updatedAt: toIso(incident.updatedAt),
  };
  if (!full) {
    // The reporter follows the status and their own notes; what the handlers write stays with them.
    const ownNote = (event: { kind: string; actor: { id: string } | null }) => event.kind === 'note' && personId !== null && event.actor?.id === personId;
    const timeline = (await timelineOf(ctx, id))
      .filter((event) => event.kind === 'reported' || event.kind === 'status' || ownNote(event))
      .map((event) => (ownNote(event) ? event : { ...event, actor: null, note: null }));
    return {
      ...reported,
      view: 'reporter',
      ...emptyTriage,
      timeline,
      tasks: [],
      attachments: personId ? await listAttachments(ctx, id, personId) : [],
      lessons: { risks: [], actions: [] },
      nextStatuses: [],
      capabilities: { manage: false, contribute: may(ctx, 'incident.contribute', target) },
    };
  }
  const objects = await affectedObjects(ctx, incident.objectIds);
  const affectedAspects = incident.aspects as Aspect[];
  const classified = objects.filter((object) => object.profile !== null);
  const suggestion = suggestedSeverity(
    classified.map((object) => ({ profile: object.profile!, critical: object.critical })),
    affectedAspects,
  );
  return {
    ...reported,
    view: 'full',
    rsitClass: incident.rsitClass as RsitClassCode | null,
    rsitType: incident.rsitType as RsitTypeCode | null,
    categories: incident.categories as MsbCategory[],
    cause: incident.cause as IncidentCause | null,
    aspects: affectedAspects,
    objects: objects.map((object) => ({ id: object.id, name: object.name, profile: object.profile && formatProfile(object.profile), critical: object.critical })),
    systems: await systemNames(ctx, incident.systemIds),
    suggestedSeverity: suggestion && {
      severity: suggestion.severity,
      objectName: classified[suggestion.reason.objectIndex]!.name,
      aspect: suggestion.reason.aspect,
      level: Math.max(0, suggestion.reason.level),
    },
    peopleAffected: incident.peopleAffected,
    recordsAffected: incident.recordsAffected,
    significantCriteria: incident.significantCriteria as SignificanceCriterion[],
    significantExplanation: incident.significantExplanation,
    crimeSuspected: incident.crimeSuspected,
    policeReportRef: incident.policeReportRef,
    gdprWaivedReason: incident.gdprWaivedReason,
    rootCause: incident.rootCause,
    lessonsLearned: incident.lessonsLearned,
    timeline: await timelineOf(ctx, id),
    tasks: await tasksOf(ctx, id),
    attachments: await listAttachments(ctx, id),
    lessons: await lessonsOf(ctx, id),
    nextStatuses: [...incidentTransitions[incident.status as IncidentStatus]],
    capabilities: { manage: may(ctx, 'incident.manage', target), contribute: may(ctx, 'incident.contribute', target) },
  };
}

/** What a reporter-only view leaves out: every assessment the incident roles make. */
const emptyTriage = {
  rsitClass: null,
  rsitType: null,
  categories: [],
  cause: null,
  aspects: [],
  objects: [],
  systems: [],
  suggestedSeverity: null,
  peopleAffected: null,
  recordsAffected: null,
  significantCriteria: [],
  significantExplanation: null,
  crimeSuspected: false,
  policeReportRef: null,
  gdprWaivedReason: null,
  rootCause: null,
  lessonsLearned: null,
} satisfies Partial<IncidentDetail>;
