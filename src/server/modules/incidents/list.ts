import { and, asc, desc, eq, gte, ilike, inArray, isNull, lte, not, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { authorize, type PermissionReach } from '../../../shared/access.js';
import type { DeadlineRegime, DeadlineStage } from '../../../shared/incident/deadlines.js';
import type { z } from 'zod';
import type { IncidentList, incidentListQuery } from '../../../shared/schemas/incident.js';
import type { TenantContext } from '../../db/context.js';
import { withinReach } from '../../db/reachFilter.js';
import { incidentDeadlines, incidents, incidentTasks, orgUnits, people } from '../../db/schema/index.js';
import { toIso } from '../../db/time.js';
import { nextDeadlineOf, toSummary } from './detail.js';
import { involvedCondition } from './targets.js';

type ListQuery = z.output<typeof incidentListQuery>;
const assignees = alias(people, 'assignees');

/** Rows the caller may see: those in their incident.read reach, plus those they reported or work on. */
function visibleTo(personId: string | null, reach: PermissionReach): SQL | undefined {
  const inReach = withinReach(orgUnits.path, reach);
  if (inReach === undefined) return undefined;
  return personId ? or(inReach, involvedCondition(personId)) : inReach;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);

function filters(ctx: TenantContext, query: ListQuery, reach: PermissionReach): SQL {
  const personId = ctx.actor?.personId ?? null;
  const statuses = query.status === undefined ? [] : Array.isArray(query.status) ? query.status : [query.status];
  const pattern = query.q ? `%${escapeLike(query.q)}%` : null;
  return and(
    eq(incidents.tenantId, ctx.tenantId),
    visibleTo(personId, reach),
    statuses.length > 0 ? inArray(incidents.status, statuses) : undefined,
    query.severity !== undefined ? eq(incidents.severity, query.severity) : undefined,
    query.orgUnitId ? sql`starts_with(${orgUnits.path}, (select ${orgUnits.path} from ${orgUnits} where ${orgUnits.id} = ${query.orgUnitId} and ${orgUnits.tenantId} = ${ctx.tenantId}))` : undefined,
    query.significant !== undefined ? eq(incidents.significant, query.significant) : undefined,
    query.personalData !== undefined ? eq(incidents.personalData, query.personalData) : undefined,
    query.mine ? (personId ? eq(incidents.reporterId, personId) : sql`false`) : undefined,
    pattern
      ? or(ilike(incidents.title, pattern), ilike(incidents.description, pattern), ilike(sql`${incidents.year}::text || '-' || lpad(${incidents.serial}::text, 4, '0')`, pattern))
      : undefined,
    query.from ? gte(incidents.awareAt, query.from) : undefined,
    query.to ? lte(incidents.awareAt, query.to) : undefined,
  )!;
}

const orderings = {
  aware_desc: [desc(incidents.awareAt), desc(incidents.serial)],
  aware_asc: [asc(incidents.awareAt), asc(incidents.serial)],
  severity_desc: [sql`${incidents.severity} desc nulls last`, desc(incidents.awareAt)],
} as const;

/**
 * Incidents the caller may see: the incident roles everything in their reach, everyone else
 * their own reports (and those they work on). Reporter-only rows leave out severity and assignee.
 */
export async function listIncidents(ctx: TenantContext, query: ListQuery, reach: PermissionReach): Promise<IncidentList> {
  const where = filters(ctx, query, reach);
  const personId = ctx.actor?.personId ?? null;
  const [{ total }] = await ctx.tx
    .select({ total: sql<number>`count(*)::int` })
    .from(incidents)
    .innerJoin(orgUnits, eq(orgUnits.id, incidents.orgUnitId))
    .where(where);
  const rows = await ctx.tx
    .select({
      incident: incidents,
      unitName: orgUnits.name,
      unitPath: orgUnits.path,
      reporterName: sql<string | null>`null`,
      assigneeName: assignees.name,
      ownsTask: personId
        ? sql<boolean>`exists (select 1 from ${incidentTasks} where ${incidentTasks.incidentId} = ${incidents.id} and ${incidentTasks.ownerId} = ${personId})`
        : sql<boolean>`false`,
    })
    .from(incidents)
    .innerJoin(orgUnits, eq(orgUnits.id, incidents.orgUnitId))
    .leftJoin(assignees, eq(assignees.id, incidents.assigneeId))
    .where(where)
    .orderBy(...orderings[query.sort])
    .limit(query.limit)
    .offset(query.offset);
  const next = await openDeadlinesOf(ctx, rows.map((row) => row.incident.id));
  const grants = ctx.actor?.grants;
  return {
    total: Number(total),
    items: rows.map((row) => {
      const assigned = personId !== null && (row.incident.assigneeId === personId || Boolean(row.ownsTask));
      const full = !grants || assigned || authorize(grants, 'incident.read', { kind: 'orgUnit', path: row.unitPath });
      return toSummary(row, personId, nextDeadlineOf(next.get(row.incident.id) ?? []), full);
    }),
  };
}

/** The open legal deadlines of the listed incidents (submitted, waived and undated ones never count down). */
async function openDeadlinesOf(ctx: TenantContext, ids: string[]) {
  const byIncident = new Map<string, Array<{ regime: DeadlineRegime; stage: DeadlineStage; dueAt: string; submittedAt: null; waived: false }>>();
  if (ids.length === 0) return byIncident;
  const rows = await ctx.tx
    .select({ incidentId: incidentDeadlines.incidentId, regime: incidentDeadlines.regime, stage: incidentDeadlines.stage, dueAt: incidentDeadlines.dueAt })
    .from(incidentDeadlines)
    .where(
      and(
        eq(incidentDeadlines.tenantId, ctx.tenantId),
        inArray(incidentDeadlines.incidentId, ids),
        isNull(incidentDeadlines.submittedAt),
        not(incidentDeadlines.waived),
        sql`${incidentDeadlines.dueAt} is not null`,
      ),
    );
  for (const row of rows) {
    const list = byIncident.get(row.incidentId) ?? [];
    list.push({ regime: row.regime as DeadlineRegime, stage: row.stage as DeadlineStage, dueAt: toIso(row.dueAt!), submittedAt: null, waived: false });
    byIncident.set(row.incidentId, list);
  }
  return byIncident;
}
