import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Aspect } from '../../../shared/classification/aspects.js';
import type { IncidentDeadline } from '../../../shared/schemas/incident.js';
import type { TenantContext } from '../../db/context.js';
import { incidentEvents, incidents, incidentTasks, managedObjects, orgUnits, people, roleAssignments, systems, tenants } from '../../db/schema/index.js';
import { toIso } from '../../db/time.js';
import { notFound } from '../../http/domainError.js';
import { incidentDeadlinesOf, incidentNumber } from '../incidentDeadlines/queries.js';

export interface Contact {
  name: string;
  email: string;
}

/** Everything a report draft may say about one incident, times as ISO-8601 UTC. */
export interface DraftData {
  now: string;
  tenant: { name: string; csirtName: string; csirtContact: string };
  incident: {
    number: string;
    title: string;
    description: string;
    orgUnitName: string;
    status: string;
    severity: number | null;
    escalationLevel: number;
    rsitClass: string | null;
    rsitType: string | null;
    categories: string[];
    cause: string | null;
    aspects: Aspect[];
    personalData: boolean;
    peopleAffected: number | null;
    recordsAffected: number | null;
    significant: boolean;
    significantCriteria: string[];
    significantExplanation: string | null;
    crimeSuspected: boolean;
    policeReportRef: string | null;
    gdprWaivedReason: string | null;
    rootCause: string | null;
    lessonsLearned: string | null;
    occurredAt: string | null;
    detectedAt: string | null;
    awareAt: string;
    resolvedAt: string | null;
  };
  assignee: Contact | null;
  /** Who holds the data protection officer role (GDPR art. 33(3)(b)). */
  dataProtectionOfficers: Contact[];
  objectNames: string[];
  systemNames: string[];
  /** The incident's tasks: done ones are measures taken, open ones measures ongoing or planned. */
  tasks: Array<{ title: string; doneAt: string | null; dueDate: string | null }>;
  /** Timeline entries that describe what happened: notes and status changes, oldest first. */
  events: Array<{ at: string; kind: string; to: string | null; note: string | null }>;
  deadlines: IncidentDeadline[];
}

async function loadIncident(ctx: TenantContext, incidentId: string) {
  const [row] = await ctx.tx
    .select({ incident: incidents, orgUnitName: orgUnits.name, assigneeName: people.name, assigneeEmail: people.email })
    .from(incidents)
    .innerJoin(orgUnits, eq(orgUnits.id, incidents.orgUnitId))
    .leftJoin(people, eq(people.id, incidents.assigneeId))
    .where(and(eq(incidents.tenantId, ctx.tenantId), eq(incidents.id, incidentId)));
  if (!row) throw notFound('incident');
  return row;
}

async function namesOf(ctx: TenantContext, table: typeof managedObjects | typeof systems, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.tx
    .select({ name: table.name })
    .from(table)
    .where(and(eq(table.tenantId, ctx.tenantId), inArray(table.id, ids)))
    .orderBy(asc(table.name));
  return rows.map((row) => row.name);
}

export async function loadDraftData(ctx: TenantContext, incidentId: string): Promise<DraftData> {
  const now = new Date().toISOString();
  const { incident: row, orgUnitName, assigneeName, assigneeEmail } = await loadIncident(ctx, incidentId);
  const [tenant] = await ctx.tx
    .select({ name: tenants.name, csirtName: tenants.csirtName, csirtContact: tenants.csirtContact })
    .from(tenants)
    .where(eq(tenants.id, ctx.tenantId));
  const dpos = await ctx.tx
    .selectDistinct({ name: people.name, email: people.email })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.tenantId, ctx.tenantId), eq(roleAssignments.role, 'data_protection_officer'), eq(people.employmentStatus, 'active')))
    .orderBy(asc(people.name));
  const tasks = await ctx.tx
    .select({ title: incidentTasks.title, doneAt: incidentTasks.doneAt, dueDate: incidentTasks.dueDate })
    .from(incidentTasks)
    .where(and(eq(incidentTasks.tenantId, ctx.tenantId), eq(incidentTasks.incidentId, incidentId)))
    .orderBy(asc(incidentTasks.createdAt));
  const events = await ctx.tx
    .select({ at: incidentEvents.at, kind: incidentEvents.kind, to: incidentEvents.toValue, note: incidentEvents.note })
    .from(incidentEvents)
    .where(and(eq(incidentEvents.tenantId, ctx.tenantId), eq(incidentEvents.incidentId, incidentId), inArray(incidentEvents.kind, ['note', 'status'])))
    .orderBy(asc(incidentEvents.at));

  return {
    now,
    tenant: tenant!,
    incident: {
      number: incidentNumber(row.year, row.serial),
      title: row.title,
      description: row.description,
      orgUnitName,
      status: row.status,
      severity: row.severity,
      escalationLevel: row.escalationLevel,
      rsitClass: row.rsitClass,
      rsitType: row.rsitType,
      categories: row.categories,
      cause: row.cause,
      aspects: row.aspects as Aspect[],
      personalData: row.personalData,
      peopleAffected: row.peopleAffected,
      recordsAffected: row.recordsAffected,
      significant: row.significant,
      significantCriteria: row.significantCriteria,
      significantExplanation: row.significantExplanation,
      crimeSuspected: row.crimeSuspected,
      policeReportRef: row.policeReportRef,
      gdprWaivedReason: row.gdprWaivedReason,
      rootCause: row.rootCause,
      lessonsLearned: row.lessonsLearned,
      occurredAt: toIso(row.occurredAt),
      detectedAt: toIso(row.detectedAt),
      awareAt: toIso(row.awareAt),
      resolvedAt: toIso(row.resolvedAt),
    },
    assignee: assigneeName && assigneeEmail ? { name: assigneeName, email: assigneeEmail } : null,
    dataProtectionOfficers: dpos,
    objectNames: await namesOf(ctx, managedObjects, row.objectIds),
    systemNames: await namesOf(ctx, systems, row.systemIds),
    tasks: tasks.map((task) => ({ ...task, doneAt: toIso(task.doneAt) })),
    events: events.map((event) => ({ ...event, at: toIso(event.at) })),
    deadlines: await incidentDeadlinesOf(ctx, incidentId, now),
  };
}
