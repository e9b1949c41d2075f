import { sql, type SQL } from 'drizzle-orm';
import type { TenantContext } from '../../db/context.js';
import { rawRows } from '../../db/rawRows.js';
import { noneKey, type Grouping } from './labels.js';
import { monthlyCounts } from './monthly.js';
import { splitByMonths } from './months.js';
import { inScope, unitsInReach, withoutJit, type StatsScope } from './scope.js';

/** Consecutive periods: each starts where the one before ends; the last ends at `end`. */
export interface Periods {
  starts: string[];
  end: string;
}

/** One count of a key (in one period, numbered from 1, when counted per period); `unitName` names a förvaltning. */
export interface KeyCount {
  key: string;
  unitName: string | null;
  bucket: number;
  count: number;
}

type Row = { key: string; unit_name: string | null; bucket: number; count: number; total: number };

const perPeriod = (periods?: Periods): periods is Periods => Boolean(periods && periods.starts.length > 0);

/** The periods as rows `p(bucket, starts_at, ends_at)`; without periods one row, bucket 0. */
function periodRows(periods?: Periods): SQL {
  if (!perPeriod(periods)) return sql`select 0 as bucket`;
  const ends = [...periods.starts.slice(1), periods.end];
  const rows = periods.starts.map((start, n) => sql`(${n + 1}::int, ${start}::timestamptz, ${ends[n]}::timestamptz)`);
  return sql`select * from (values ${sql.join(rows, sql`, `)}) as v(bucket, starts_at, ends_at)`;
}
const inPeriod = (periods?: Periods) => (perPeriod(periods) ? sql` and i.aware_at >= p.starts_at and i.aware_at < p.ends_at` : sql``);

/** The scalar groupings and their columns. */
const columns: Record<'severity' | 'type' | 'cause', SQL> = { severity: sql.raw('severity'), type: sql.raw('rsit_type'), cause: sql.raw('cause') };

/**
 * A tenant-wide count of a scalar column without reading a million rows into an aggregate: the
 * values present are found by skipping through the `(tenant_id, column, aware_at)` index (one
 * lookup per value), then each value (and each period) is counted as one range of that index.
 */
function probeByValue(ctx: TenantContext, column: SQL, scope: StatsScope, periods?: Periods): SQL {
  const where = inScope(ctx, scope);
  return sql`
    with recursive vals(key) as (
      (select min(i.${column}) from incidents i where i.tenant_id = ${ctx.tenantId})
      union all
      select (select min(i.${column}) from incidents i where i.tenant_id = ${ctx.tenantId} and i.${column} > v.key) from vals v where v.key is not null
    ),
    p as (${periodRows(periods)}),
    g as (
      select v.key, p.bucket, (select count(*) from incidents i where ${where} and i.${column} = v.key${inPeriod(periods)}) as n from vals v cross join p where v.key is not null
      union all
      select null, p.bucket, (select count(*) from incidents i where ${where} and i.${column} is null${inPeriod(periods)}) from p
    )
    select coalesce(g.key::text, ${noneKey}) as key, null as unit_name, g.bucket, g.n::int as count, (select coalesce(sum(n), 0) from g)::int as total from g where g.n > 0`;
}

/** Per förvaltning: each unit in reach (and period) counted as one range of the `(tenant_id, org_unit_id, aware_at)` index, summed per förvaltning. */
function probeByUnit(ctx: TenantContext, scope: StatsScope, periods?: Periods): SQL {
  const where = inScope(ctx, { ...scope, reach: { everywhere: true } });
  // The förvaltning is the unit right under the tenant root on the path `/root/förvaltning/…/`.
  return sql`
    with units as (${unitsInReach(ctx, scope.reach)}),
    p as (${periodRows(periods)}),
    g as (select units.id, units.path, p.bucket, (select count(*) from incidents i where ${where} and i.org_unit_id = units.id${inPeriod(periods)}) as n from units cross join p)
    select f.id::text as key, f.name as unit_name, g.bucket, sum(g.n)::int as count, (select coalesce(sum(n), 0) from g)::int as total
    from g join org_units f on f.id = coalesce(nullif(split_part(g.path, '/', 3), '')::uuid, g.id)
    where g.n > 0 group by f.id, f.name, g.bucket`;
}

/**
 * One pass over the incidents in scope (read from the unit index), grouped by the stored value
 * (and period): for a reach of a few units, and for categories. Categories are grouped by the
 * whole set first (a few dozen distinct sets), then unnested: an incident counts once per category.
 */
function groupedScan(ctx: TenantContext, grouping: 'severity' | 'type' | 'cause' | 'category', scope: StatsScope, periods?: Periods): SQL {
  const bucket = perPeriod(periods) ? sql`width_bucket(i.aware_at, array[${sql.join(periods.starts.map((start) => sql`${start}::timestamptz`), sql`, `)}])` : sql`0`;
  const groupBy = perPeriod(periods) ? sql`1, 2` : sql`1`;
  // Categories are read per unit even for the whole tenant: the unit index holds them in time
  // order, so a range reads only its own rows (an array column has no cheaper index to count by).
  const where = inScope(ctx, scope, { byUnit: grouping === 'category' });
  if (grouping === 'category') {
    return sql`
      with g as (select i.categories, ${bucket} as bucket, count(*) as n from incidents i where ${where} group by ${groupBy})
      select coalesce(c.key, ${noneKey}) as key, null as unit_name, g.bucket, sum(g.n)::int as count, (select coalesce(sum(n), 0) from g)::int as total
      from g left join lateral unnest(g.categories) as c(key) on true
      group by 1, g.bucket`;
  }
  return sql`
    with g as (select i.${columns[grouping]} as key, ${bucket} as bucket, count(*) as n from incidents i where ${where} group by ${groupBy})
    select coalesce(g.key::text, ${noneKey}) as key, null as unit_name, g.bucket, g.n::int as count, (select coalesce(sum(n), 0) from g)::int as total from g`;
}

/** Counted row by row: the partial months at the ends of a range. The query shape suits a million incidents. */
function rowByRow(ctx: TenantContext, grouping: Grouping, scope: StatsScope, periods?: Periods): SQL {
  if (grouping === 'orgUnit') return probeByUnit(ctx, scope, periods);
  return grouping !== 'category' && scope.reach.everywhere ? probeByValue(ctx, columns[grouping], scope, periods) : groupedScan(ctx, grouping, scope, periods);
}

/**
 * Incident counts per key (and per period), plus the number of distinct incidents: for categories
 * an incident counts once under each of its categories, so the counts may add up to more than
 * the total. Whole Stockholm months come from the monthly counts, the partial months at the
 * ends of the range from the incidents (bench:incidents measures both on a million incidents).
 */
export async function countByKey(ctx: TenantContext, grouping: Grouping, scope: StatsScope, periods?: Periods): Promise<{ counts: KeyCount[]; total: number }> {
  await withoutJit(ctx);
  const { months, edges } = splitByMonths(scope);
  const queries = [
    ...(months ? [monthlyCounts(ctx, grouping, months, scope, perPeriod(periods) ? periods.starts : undefined)] : []),
    ...edges.map((edge) => rowByRow(ctx, grouping, { ...scope, ...edge }, periods)),
  ];
  const counts: KeyCount[] = [];
  let total = 0;
  for (const query of queries) {
    const rows = await rawRows<Row>(ctx.tx, query);
    counts.push(...rows.map((row) => ({ key: row.key, unitName: row.unit_name, bucket: Number(row.bucket), count: Number(row.count) })));
    total += rows.length > 0 ? Number(rows[0].total) : 0;
  }
  return { counts, total };
}
