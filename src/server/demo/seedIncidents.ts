import { and, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { TenantContext } from '../db/context.js';
import { actions } from '../db/schema/actions.js';
import { incidentDeadlines, incidentEvents, incidents, incidentTasks } from '../db/schema/incident.js';
import { managedObjects, systems } from '../db/schema/register.js';
import { riskAnalyses } from '../db/schema/risk.js';
import type { IncidentDemoInput, IncidentDemoObject } from './incidentDemoLifecycle.js';
import { planIncidents } from './incidentDemoPlan.js';
import { demoObjects } from './registerContent.js';
import type { DemoPerson } from './registerOwners.js';

/**
 * Exempelkommun's incidents for the demo (issue 5), planned by `planIncidents` and bulk-inserted
 * with their timelines, tasks, legal clocks and lesson actions. Like the risk demo this is a
 * history (two years back) that no sequence of today's service calls could produce; the clocks
 * are the pure `incidentDeadlines` with the submissions made, exactly what `syncDeadlines` keeps.
 * Runs after the register and risk seeds: it links the register's objects and the risk demo's
 * analysis that waits for review after a major incident.
 */

export interface IncidentSeedInput {
  unitIds: Map<string, string>;
  people: DemoPerson[];
  random: () => number;
  /** Where the demo's dates count back from; now unless a test pins it. */
  now?: number;
}

export interface IncidentSeedSummary {
  incidents: number;
  events: number;
  tasks: number;
  deadlines: number;
}

export async function seedIncidents(ctx: TenantContext, { unitIds, people, random, now = Date.now() }: IncidentSeedInput): Promise<IncidentSeedSummary> {
  const input: IncidentDemoInput = { tenantId: ctx.tenantId, people, unitIds, objects: await loadObjects(ctx), now, random, majorReview: await loadMajorReview(ctx) };
  const planned = planIncidents(input);
  await insertInChunks(ctx, incidents, planned.map((incident) => incident.row));
  await insertInChunks(ctx, incidentEvents, planned.flatMap((incident) => incident.events));
  await insertInChunks(ctx, incidentTasks, planned.flatMap((incident) => incident.tasks));
  await insertInChunks(ctx, incidentDeadlines, planned.flatMap((incident) => incident.deadlines));
  await insertInChunks(ctx, actions, planned.flatMap((incident) => incident.actions));
  return {
    incidents: planned.length,
    events: planned.reduce((sum, incident) => sum + incident.events.length, 0),
    tasks: planned.reduce((sum, incident) => sum + incident.tasks.length, 0),
    deadlines: planned.reduce((sum, incident) => sum + incident.deadlines.length, 0),
  };
}

/** The register's demo objects and their systems, sorted by name so the seeded choices never depend on row order. */
async function loadObjects(ctx: TenantContext): Promise<IncidentDemoObject[]> {
  const rows = await ctx.tx
    .select({ id: managedObjects.id, name: managedObjects.name, orgUnitId: managedObjects.orgUnitId, critical: managedObjects.critical })
    .from(managedObjects)
    .where(eq(managedObjects.tenantId, ctx.tenantId));
  const systemRows = await ctx.tx
    .select({ id: systems.id, name: systems.name, objectId: systems.objectId, hosting: systems.hosting, supplier: systems.supplier })
    .from(systems)
    .where(eq(systems.tenantId, ctx.tenantId));
  const units = new Map(demoObjects.map((object) => [object.name, object.unit]));
  return rows
    .filter((row) => units.has(row.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    .map((row) => ({
      ...row,
      unitKey: units.get(row.name)!,
      systems: systemRows
        .filter((system) => system.objectId === row.id)
        .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
        .map(({ id, name, hosting, supplier }) => ({ id, name, hosting, supplier })),
    }));
}

/** The risk demo's analysis asked for again after a major incident, if there is one. */
async function loadMajorReview(ctx: TenantContext): Promise<IncidentDemoInput['majorReview']> {
  const [row] = await ctx.tx
    .select({ objectId: riskAnalyses.objectId, requestedAt: riskAnalyses.reviewRequestedAt })
    .from(riskAnalyses)
    .where(and(eq(riskAnalyses.tenantId, ctx.tenantId), eq(riskAnalyses.reviewTrigger, 'major_incident')))
    .limit(1);
  return row?.objectId && row.requestedAt ? { objectId: row.objectId, requestedAt: Date.parse(new Date(row.requestedAt).toISOString()) } : null;
}

/** Multi-row inserts, well under PostgreSQL's 65,535 parameters per statement. */
async function insertInChunks<T extends PgTable>(ctx: TenantContext, table: T, rows: T['$inferInsert'][], chunk = 500) {
  for (let start = 0; start < rows.length; start += chunk) await ctx.tx.insert(table).values(rows.slice(start, start + chunk));
}
