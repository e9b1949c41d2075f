import { sql, type SQL } from 'drizzle-orm';
import type { TenantContext } from '../../db/context.js';
import type { Grouping } from './labels.js';
import type { Range } from './months.js';
import { unitsInReach, type StatsScope } from './scope.js';

/** The periods' starts, each a Stockholm month start, so every counted month falls in one period. */
export type PeriodStarts = string[] | undefined;

/** The grouping's rows in incident_stat_counts; förvaltningar are counted from the severity rows (each incident once). */
const storedGrouping = (grouping: Grouping) => (grouping === 'orgUnit' ? 'severity' : grouping);

function monthFilter(ctx: TenantContext, alias: SQL, months: Range, scope: StatsScope): SQL {
  const conditions = [sql`${alias}.tenant_id = ${ctx.tenantId}`];
  if (months.from) conditions.push(sql`${alias}.month >= ${months.from}`);
  if (months.to) conditions.push(sql`${alias}.month < ${months.to}`);
  if (!scope.reach.everywhere) conditions.push(sql`${alias}.org_unit_id = any(array(select r.id from (${unitsInReach(ctx, scope.reach)}) r))`);
  return sql.join(conditions, sql` and `);
}

const bucketOf = (month: SQL, starts: PeriodStarts) =>
  starts && starts.length > 0 ? sql`width_bucket(${month}, array[${sql.join(starts.map((start) => sql`${start}::timestamptz`), sql`, `)}])` : sql`0`;

/**
 * Incident counts per key (and period) over whole Stockholm months, from the counts the triggers
 * keep (migration 0011): a few thousand rows instead of a million incidents. Same columns as the
 * row-by-row counts: key, unit_name, bucket, count, total (distinct incidents).
 */
export function monthlyCounts(ctx: TenantContext, grouping: Grouping, months: Range, scope: StatsScope, starts: PeriodStarts): SQL {
  const c = sql.raw('c');
  const where = monthFilter(ctx, c, months, scope);
  const bucket = bucketOf(sql`c.month`, starts);
  const total = sql`(select coalesce(sum(c.n), 0) from incident_stat_counts c where ${where} and c.grouping = 'severity')::int`;
  if (grouping === 'orgUnit') {
    // The förvaltning is the unit right under the tenant root on the path `/root/förvaltning/…/`.
    return sql`
      select f.id::text as key, f.name as unit_name, ${bucket} as bucket, sum(c.n)::int as count, ${total} as total
      from incident_stat_counts c join org_units u on u.id = c.org_unit_id
      join org_units f on f.id = coalesce(nullif(split_part(u.path, '/', 3), '')::uuid, u.id)
      where ${where} and c.grouping = 'severity'
      group by f.id, f.name, 3 having sum(c.n) > 0`;
  }
  return sql`
    select c.key, null as unit_name, ${bucket} as bucket, sum(c.n)::int as count, ${total} as total
    from incident_stat_counts c where ${where} and c.grouping = ${storedGrouping(grouping)}
    group by c.key, 3 having sum(c.n) > 0`;
}

/**
 * The duration histogram (measure, bucket, n) over whole months: the whole tenant's from its
 * own table, a reach's summed over its units.
 */
export function monthlyDurations(ctx: TenantContext, months: Range, scope: StatsScope): SQL {
  const table = scope.reach.everywhere ? sql.raw('incident_stat_durations') : sql.raw('incident_stat_unit_durations');
  return sql`select h.measure, h.bucket, sum(h.n)::int as n from ${table} h where ${monthFilter(ctx, sql.raw('h'), months, scope)} group by 1, 2 having sum(h.n) > 0`;
}

/** The legal reports with a due time of the incidents of whole months (due, on_time), from the monthly counts. */
export function monthlyLegalReports(ctx: TenantContext, months: Range, scope: StatsScope): SQL {
  return sql`select coalesce(sum(c.n) filter (where c.key = 'counted'), 0)::int as due, coalesce(sum(c.n) filter (where c.key = 'on_time'), 0)::int as on_time
    from incident_stat_counts c where ${monthFilter(ctx, sql.raw('c'), months, scope)} and c.grouping = 'legal'`;
}
