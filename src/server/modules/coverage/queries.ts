import { sql } from 'drizzle-orm';
import type { PermissionReach } from '../../../shared/access.js';
import type { CoverageRow } from '../../../shared/schemas/coverage.js';
import type { TenantContext } from '../../db/context.js';
import { rawRows } from '../../db/rawRows.js';
import { objectStatsQuery, statsWithinReach } from '../objects/objectStats.js';
import { todayInStockholm } from '../../../shared/requirements/actionPlan.js';

interface Row {
  org_unit_id: string;
  name: string;
  parent_id: string | null;
  type: string;
  objects: number;
  valid: number;
  expired: number;
  incomplete: number;
  never: number;
  critical: number;
  needs_review: number;
  applicable: number;
  met: number;
  partly: number;
  not_met: number;
  unanswered: number;
  overdue: number;
  risk_current: number;
}

/**
 * Coverage per org unit, rolled up the tree in one query: objects are counted per unit path
 * first (a few dozen groups), then each unit sums the groups whose path runs through it.
 */
export async function coverageByUnit(ctx: TenantContext, reach: PermissionReach, now = new Date()): Promise<CoverageRow[]> {
  const unitsInReach = reach.everywhere
    ? sql`true`
    : reach.paths.length > 0
      ? sql`(${sql.join(reach.paths.map((prefix) => sql`starts_with(u.path, ${prefix})`), sql` or `)})`
      : sql`false`;
  // Someone who holds roles on single objects sees the units that contain them.
  const unitsWithObjects = !reach.everywhere && reach.objectIds.length > 0 ? sql`coalesce(sum(g.objects), 0) > 0` : sql`false`;
  const rows = await rawRows<Row>(
    ctx.tx,
    sql`
    with stats as (select * from (${objectStatsQuery(ctx, now)}) s where ${statsWithinReach(reach)}),
    plan as (
      select a.object_id,
        count(*) filter (where a.applicable and a.requirement_id is not null and coalesce(a.assessment, '') <> 'not_applicable') as applicable,
        count(*) filter (where a.applicable and a.assessment = 'met') as met,
        count(*) filter (where a.applicable and a.assessment = 'partly_met') as partly,
        count(*) filter (where a.applicable and a.assessment = 'not_met') as not_met,
        count(*) filter (where a.applicable and a.requirement_id is not null and a.assessment is null) as unanswered,
        count(*) filter (where a.due_date < ${todayInStockholm(now)}::date and a.status not in ('done', 'cancelled')) as overdue
      from actions a where a.tenant_id = ${ctx.tenantId} group by a.object_id
    ),
    -- An object has a current risk analysis when one of it is fastställd and not yet due again.
    risk_current as (
      select distinct ra.object_id from risk_analyses ra
      where ra.tenant_id = ${ctx.tenantId} and ra.object_id is not null and ra.status = 'approved'
        and ra.review_trigger is null and ra.next_due_date >= ${todayInStockholm(now)}::date
    ),
    groups as (
      select st.path, count(*) as objects,
        count(*) filter (where st.state = 'valid') as valid, count(*) filter (where st.state = 'expired') as expired,
        count(*) filter (where st.state = 'incomplete') as incomplete, count(*) filter (where st.state = 'never') as never,
        count(*) filter (where st.critical) as critical, count(*) filter (where st.review > 0) as needs_review,
        coalesce(sum(p.applicable), 0) as applicable, coalesce(sum(p.met), 0) as met, coalesce(sum(p.partly), 0) as partly,
        coalesce(sum(p.not_met), 0) as not_met, coalesce(sum(p.unanswered), 0) as unanswered, coalesce(sum(p.overdue), 0) as overdue,
        count(rc.object_id) as risk_current
      from stats st left join plan p on p.object_id = st.id left join risk_current rc on rc.object_id = st.id
      group by st.path
    ),
    -- A path is /root/…/unit/: each group counts for every unit id on its path. A hash join
    -- on those ids is much cheaper than comparing every unit's path with every group's.
    rolled as (
      select ancestor.id::uuid as unit_id, g.* from groups g
      cross join lateral unnest(string_to_array(trim(both '/' from g.path), '/')) as ancestor(id)
    )
    select u.id as org_unit_id, u.name, u.parent_id, u.type,
      coalesce(sum(g.objects), 0)::int as objects, coalesce(sum(g.valid), 0)::int as valid, coalesce(sum(g.expired), 0)::int as expired,
      coalesce(sum(g.incomplete), 0)::int as incomplete, coalesce(sum(g.never), 0)::int as never,
      coalesce(sum(g.critical), 0)::int as critical, coalesce(sum(g.needs_review), 0)::int as needs_review,
      coalesce(sum(g.applicable), 0)::int as applicable, coalesce(sum(g.met), 0)::int as met, coalesce(sum(g.partly), 0)::int as partly,
      coalesce(sum(g.not_met), 0)::int as not_met, coalesce(sum(g.unanswered), 0)::int as unanswered, coalesce(sum(g.overdue), 0)::int as overdue,
      coalesce(sum(g.risk_current), 0)::int as risk_current
    from org_units u
    left join rolled g on g.unit_id = u.id
    where u.tenant_id = ${ctx.tenantId} and u.closed_at is null
    group by u.id, u.name, u.parent_id, u.type, u.path
    having ${unitsInReach} or ${unitsWithObjects}
    order by u.path`,
  );
  return rows.map((row) => ({
    orgUnitId: row.org_unit_id,
    name: row.name,
    parentId: row.parent_id,
    type: row.type,
    objects: row.objects,
    valid: row.valid,
    expired: row.expired,
    incomplete: row.incomplete,
    never: row.never,
    critical: row.critical,
    needsReview: row.needs_review,
    riskAnalysisCurrent: row.risk_current,
    actions: {
      applicable: row.applicable,
      met: row.met,
      partlyMet: row.partly,
      notMet: row.not_met,
      unanswered: row.unanswered,
      overdue: row.overdue,
      fulfilmentPercent: row.applicable === 0 ? null : Math.round(((row.met + row.partly / 2) / row.applicable) * 1000) / 10,
    },
  }));
}
