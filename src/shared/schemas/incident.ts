import { z } from 'zod';
import { aspects } from '../classification/aspects.js';
import { deadlineRegimes as regimes, deadlineStages } from '../incident/deadlines.js';
import {
  incidentCauses,
  incidentStatuses,
  msbCategories,
  reportChannels,
  rsitClassCodes,
  rsitTypeCodes,
  significanceCriteria,
  type RsitClassCode,
  type RsitTypeCode,
} from '../incident/taxonomy.js';
import { calendarDate } from './actions.js';
import { isoDateTime, version } from './common.js';

/** A yes/no filter that is absent unless given. */
const queryFlag = z.enum(['true', 'false']).transform((value) => value === 'true');
const rsitClass = z.enum(rsitClassCodes as [RsitClassCode, ...RsitClassCode[]]);
const rsitType = z.enum(rsitTypeCodes as [RsitTypeCode, ...RsitTypeCode[]]);
/** Severity (1 Låg … 4 Kritisk) and escalation level (1 Servicedesk … 4 Krisledning). */
const oneToFour = z.number().int().min(1).max(4);
const text = (max: number) => z.string().trim().min(1).max(max);
const personRef = z.object({ id: z.uuid(), name: z.string() });
/** Five minutes of clock skew between a browser and the server is not "in the future". */
const notInFuture = (value: string) => Date.parse(value) <= Date.now() + 5 * 60_000;
const instant = isoDateTime.refine(notInFuture, 'must not be in the future');

/** Occurred ≤ detected, occurred ≤ aware: the legal clocks cannot start before the event. */
function timesInOrder(times: { occurredAt?: string | null; detectedAt?: string | null; awareAt?: string | null }, ctx: z.RefinementCtx): void {
  const occurred = times.occurredAt ? Date.parse(times.occurredAt) : null;
  if (occurred === null) return;
  if (times.awareAt && Date.parse(times.awareAt) < occurred) ctx.addIssue({ code: 'custom', path: ['awareAt'], message: 'awareAt must not be before occurredAt' });
  if (times.detectedAt && Date.parse(times.detectedAt) < occurred) ctx.addIssue({ code: 'custom', path: ['detectedAt'], message: 'detectedAt must not be before occurredAt' });
}

/** What anyone signed in may report. `awareAt` defaults to now. */
export const incidentCreate = z
  .strictObject({
    title: text(200),
    description: text(10_000),
    awareAt: instant.optional(),
    occurredAt: instant.optional(),
    detectedAt: instant.optional(),
    personalData: z.boolean().optional(),
    significant: z.boolean().optional(),
    /** Where it happened; defaults to the reporter's own unit. */
    orgUnitId: z.uuid().optional(),
    objectIds: z.array(z.uuid()).max(50).optional(),
    /** How the report came in; the incident roles register phone and servicedesk reports too. */
    channel: z.enum(reportChannels).exclude(['public_link']).optional(),
  })
  .superRefine(timesInOrder);
export type IncidentCreate = z.input<typeof incidentCreate>;

/** Triage and handling by the incident roles: every field optional, the version required. */
export const incidentUpdate = z
  .strictObject({
    version,
    title: text(200).optional(),
    description: text(10_000).optional(),
    orgUnitId: z.uuid().optional(),
    occurredAt: instant.nullable().optional(),
    detectedAt: instant.nullable().optional(),
    awareAt: instant.optional(),
    rsitClass: rsitClass.nullable().optional(),
    rsitType: rsitType.nullable().optional(),
    categories: z.array(z.enum(msbCategories)).max(10).optional(),
    cause: z.enum(incidentCauses).nullable().optional(),
    aspects: z.array(z.enum(aspects)).max(4).optional(),
    objectIds: z.array(z.uuid()).max(50).optional(),
    systemIds: z.array(z.uuid()).max(50).optional(),
    severity: oneToFour.nullable().optional(),
    escalationLevel: oneToFour.optional(),
    assigneeId: z.uuid().nullable().optional(),
    personalData: z.boolean().optional(),
    peopleAffected: z.number().int().min(0).max(100_000_000).nullable().optional(),
    recordsAffected: z.number().int().min(0).max(2_000_000_000).nullable().optional(),
    significant: z.boolean().optional(),
    significantCriteria: z.array(z.enum(significanceCriteria)).max(2).optional(),
    significantExplanation: z.string().trim().max(5000).nullable().optional(),
    crimeSuspected: z.boolean().optional(),
    policeReportRef: z.string().trim().max(200).nullable().optional(),
    gdprWaivedReason: z.string().trim().max(5000).nullable().optional(),
    rootCause: z.string().trim().max(10_000).nullable().optional(),
    lessonsLearned: z.string().trim().max(10_000).nullable().optional(),
  })
  .superRefine(timesInOrder);
export type IncidentUpdate = z.input<typeof incidentUpdate>;

/** A status move; the flow of DOMAIN §6 decides which are allowed (422 otherwise). */
export const incidentTransition = z.strictObject({ version, status: z.enum(incidentStatuses), note: z.string().trim().max(5000).optional() });
export const incidentNote = z.strictObject({ note: text(10_000) });

export const incidentTaskCreate = z.strictObject({ title: text(300), ownerId: z.uuid().nullable().optional(), dueDate: calendarDate.nullable().optional() });
export const incidentTaskUpdate = z.strictObject({
  version,
  title: text(300).optional(),
  ownerId: z.uuid().nullable().optional(),
  dueDate: calendarDate.nullable().optional(),
  done: z.boolean().optional(),
});
export const incidentTask = z.object({ id: z.uuid(), title: z.string(), owner: personRef.nullable(), dueDate: z.string().nullable(), doneAt: z.string().nullable(), version: z.number().int() });
export type IncidentTask = z.infer<typeof incidentTask>;

export const incidentAttachment = z.object({ id: z.uuid(), fileName: z.string(), mediaType: z.string(), size: z.number().int(), uploadedBy: personRef.nullable(), createdAt: z.string() });
export type IncidentAttachment = z.infer<typeof incidentAttachment>;

export const incidentEvent = z.object({
  id: z.uuid(),
  at: z.string(),
  kind: z.string(),
  actor: personRef.nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  note: z.string().nullable(),
});
export type IncidentEvent = z.infer<typeof incidentEvent>;

export const incidentDeadline = z.object({
  regime: z.enum(regimes),
  stage: z.enum(deadlineStages),
  seq: z.number().int(),
  startsAt: z.string(),
  dueAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  provisional: z.boolean(),
  waived: z.boolean(),
  reference: z.string().nullable(),
  lateReason: z.string().nullable(),
  requestedAt: z.string().nullable(),
  /** done (submitted), waived, pending, overdue, or waiting (no due date yet: the incident is still ongoing). */
  state: z.enum(['done', 'waived', 'pending', 'overdue', 'waiting']),
});
export type IncidentDeadline = z.infer<typeof incidentDeadline>;

/** Recording that a legal report was sent: when, and the receiver's reference. */
export const deadlineSubmission = z.strictObject({
  regime: z.enum(regimes),
  stage: z.enum(deadlineStages),
  seq: z.number().int().min(0).default(0),
  submittedAt: instant,
  reference: z.string().trim().max(200).nullable().optional(),
  /** Required when the report is late (GDPR art. 33(1) asks for the reasons). */
  lateReason: z.string().trim().max(5000).nullable().optional(),
});
export type DeadlineSubmission = z.input<typeof deadlineSubmission>;

/** The CSIRT asked for an intermediate report by a given time. */
export const intermediateRequest = z
  .strictObject({ requestedAt: instant, dueAt: isoDateTime })
  .refine((value) => Date.parse(value.dueAt) > Date.parse(value.requestedAt), { path: ['dueAt'], message: 'dueAt must be after requestedAt' });

/** An incident's legal deadlines after a report was recorded or requested. */
export const incidentDeadlineSet = z.object({ deadlines: z.array(incidentDeadline) });
export type IncidentDeadlineSet = z.infer<typeof incidentDeadlineSet>;

const suggestedSeverity = z.object({ severity: z.number().int(), objectName: z.string(), aspect: z.enum(aspects), level: z.number().int() });

export const incidentSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  status: z.enum(incidentStatuses),
  severity: z.number().int().nullable(),
  escalationLevel: z.number().int(),
  channel: z.enum(reportChannels),
  orgUnit: z.object({ id: z.uuid(), name: z.string() }),
  assignee: personRef.nullable(),
  awareAt: z.string(),
  reportedAt: z.string(),
  significant: z.boolean(),
  personalData: z.boolean(),
  /** The first open legal deadline, for the countdown in the list. */
  nextDeadline: z.object({ regime: z.enum(regimes), stage: z.enum(deadlineStages), dueAt: z.string() }).nullable(),
  /** The caller reported it. */
  mine: z.boolean(),
});
export type IncidentSummary = z.infer<typeof incidentSummary>;

export const incidentList = z.object({ items: z.array(incidentSummary), total: z.number().int() });
export type IncidentList = z.infer<typeof incidentList>;

export const incidentListQuery = z.strictObject({
  status: z.union([z.enum(incidentStatuses), z.array(z.enum(incidentStatuses))]).optional(),
  severity: z.coerce.number().int().min(1).max(4).optional(),
  orgUnitId: z.uuid().optional(),
  significant: queryFlag.optional(),
  personalData: queryFlag.optional(),
  /** Only the caller's own reports. */
  mine: queryFlag.optional(),
  q: z.string().trim().max(200).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  sort: z.enum(['aware_desc', 'aware_asc', 'severity_desc']).default('aware_desc'),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type IncidentListQuery = z.input<typeof incidentListQuery>;

export const incidentDetail = incidentSummary.extend({
  description: z.string(),
  /** `reporter`: the caller sees their own report only (what they wrote, its status and the legal clocks). */
  view: z.enum(['full', 'reporter']),
  reporter: personRef.nullable(),
  reporterContact: z.string().nullable(),
  occurredAt: z.string().nullable(),
  detectedAt: z.string().nullable(),
  triagedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  rsitClass: rsitClass.nullable(),
  rsitType: rsitType.nullable(),
  categories: z.array(z.enum(msbCategories)),
  cause: z.enum(incidentCauses).nullable(),
  aspects: z.array(z.enum(aspects)),
  objects: z.array(z.object({ id: z.uuid(), name: z.string(), profile: z.string().nullable(), critical: z.boolean() })),
  systems: z.array(z.object({ id: z.uuid(), name: z.string() })),
  suggestedSeverity: suggestedSeverity.nullable(),
  peopleAffected: z.number().int().nullable(),
  recordsAffected: z.number().int().nullable(),
  significantCriteria: z.array(z.enum(significanceCriteria)),
  significantExplanation: z.string().nullable(),
  crimeSuspected: z.boolean(),
  policeReportRef: z.string().nullable(),
  gdprWaivedReason: z.string().nullable(),
  rootCause: z.string().nullable(),
  lessonsLearned: z.string().nullable(),
  deadlines: z.array(incidentDeadline),
  timeline: z.array(incidentEvent),
  tasks: z.array(incidentTask),
  attachments: z.array(incidentAttachment),
  /** Risks and actions made from the lessons learned. */
  lessons: z.object({ risks: z.array(z.object({ id: z.uuid(), title: z.string() })), actions: z.array(z.object({ id: z.uuid(), title: z.string(), objectId: z.uuid().nullable() })) }),
  /** The statuses the flow allows from here. */
  nextStatuses: z.array(z.enum(incidentStatuses)),
  capabilities: z.object({ manage: z.boolean(), contribute: z.boolean() }),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type IncidentDetail = z.infer<typeof incidentDetail>;

/** The legal deadlines of every incident in reach that still wait for a report. */
export const deadlineListItem = incidentDeadline.extend({ incidentId: z.uuid(), number: z.string(), title: z.string(), fractionElapsed: z.number() });
export const deadlineList = z.object({ items: z.array(deadlineListItem) });
export type DeadlineListItem = z.infer<typeof deadlineListItem>;

export const lessonRisk = z.strictObject({
  analysisId: z.uuid(),
  title: text(200).optional(),
  cause: text(2000),
  event: text(2000),
  consequence: text(2000),
  likelihood: z.number().int(),
  impact: z.number().int(),
});
export const lessonAction = z.strictObject({ objectId: z.uuid(), title: text(300), ownerId: z.uuid().nullable().optional(), dueDate: calendarDate.nullable().optional() });

export const incidentSettings = z.object({
  csirtName: z.string(),
  csirtContact: z.string(),
  /** The public report link's path (`/rapportera/<secret>`), or null while it is switched off. */
  publicReportPath: z.string().nullable(),
  version: z.number().int(),
});
export type IncidentSettings = z.infer<typeof incidentSettings>;
export const incidentSettingsUpdate = z.strictObject({
  version,
  csirtName: text(200).optional(),
  csirtContact: text(300).optional(),
  /** true: switch the link on (a new secret when it was off); false: switch it off. */
  publicReport: z.boolean().optional(),
  /** Replace the secret, so an old link stops working. */
  rotatePublicReport: z.literal(true).optional(),
});

/** A report through the public link: no account, so whoever reports may leave a way to reach them. */
export const publicIncidentReport = z.strictObject({
  title: text(200),
  description: text(10_000),
  occurredAt: instant.optional(),
  contact: z.string().trim().max(300).optional(),
});

export const statsGroupings = ['type', 'category', 'cause', 'orgUnit', 'severity'] as const;
export const statsQuery = z
  .strictObject({ groupBy: z.enum(statsGroupings), from: isoDateTime.optional(), to: isoDateTime.optional() })
  .refine((value) => !value.from || !value.to || Date.parse(value.from) < Date.parse(value.to), { path: ['to'], message: 'to must be after from' });
export const statsRows = z.object({ rows: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int() })), total: z.number().int() });
export type StatsRows = z.infer<typeof statsRows>;

export const statsPeriods = ['month', 'quarter'] as const;
export const statsSeriesQuery = z
  .strictObject({ groupBy: z.enum(statsGroupings), period: z.enum(statsPeriods).default('month'), from: isoDateTime.optional(), to: isoDateTime.optional() })
  .refine((value) => !value.from || !value.to || Date.parse(value.from) < Date.parse(value.to), { path: ['to'], message: 'to must be after from' });
/** Counts per period (`2026-03` or `2026-Q1`, Stockholm time) per key, for the charts. */
export const statsSeries = z.object({ periods: z.array(z.string()), series: z.array(z.object({ key: z.string(), label: z.string(), counts: z.array(z.number().int()) })) });
export type StatsSeries = z.infer<typeof statsSeries>;

const duration = z.object({ count: z.number().int(), medianHours: z.number().nullable(), p90Hours: z.number().nullable() });
/** Time to detect (occurred → detected), resolve (aware → resolved) and close (aware → closed); legal reports on time. */
export const statsTimes = z.object({
  detect: duration,
  resolve: duration,
  close: duration,
  legalReports: z.object({ due: z.number().int(), onTime: z.number().int(), late: z.number().int(), share: z.number().nullable() }),
});
export type StatsTimes = z.infer<typeof statsTimes>;
export const statsRangeQuery = z
  .strictObject({ from: isoDateTime.optional(), to: isoDateTime.optional() })
  .refine((value) => !value.from || !value.to || Date.parse(value.from) < Date.parse(value.to), { path: ['to'], message: 'to must be after from' });
