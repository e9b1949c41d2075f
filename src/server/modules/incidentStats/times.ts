import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../db/context.js';
import { rawRows } from '../../db/rawRows.js';
import { toIso } from '../../db/time.js';
import { inScope, withoutJit, type StatsScope } from './scope.js';

/** When the first incident in scope became known (where a series without `from` starts). */
export async function firstAwareAt(ctx: TenantContext, scope: StatsScope): Promise<string | null> {
  const [row] = await rawRows<{ first: string | null }>(ctx.tx, sql`select min(i.aware_at) as first from incidents i where ${inScope(ctx, scope)}`);
  return row?.first ? toIso(row.first) : null;
}

export interface DurationRow {
  count: number;
  /** [median, p90] in hours, or null when nothing was measured. */
  hours: [number, number] | null;
}

const hours = (from: string, to: string) => sql.raw(`date_part('epoch', i.${to} - i.${from}) / 3600`);

/**
 * Time to detect (occurred → detected), resolve (aware → resolved) and close (aware → closed):
 * the exact median and 90th percentile (interpolated, like a spreadsheet's PERCENTILE) of the
 * incidents that have both times; the others are not measured.
 */
export async function durations(ctx: TenantContext, scope: StatsScope): Promise<Record<'detect' | 'resolve' | 'close', DurationRow>> {
  // The percentiles sort every measured duration; in memory that is several times faster than on disk.
  await ctx.tx.execute(sql`set local work_mem = '64MB'`);
  await withoutJit(ctx);
  const spans = { detect: hours('occurred_at', 'detected_at'), resolve: hours('aware_at', 'resolved_at'), close: hours('aware_at', 'closed_at') };
  const [row] = await rawRows<Record<string, unknown>>(
    ctx.tx,
    sql`select ${sql.join(
      Object.entries(spans).map(([name, span]) => sql`count(${span})::int as ${sql.identifier(`${name}_n`)}, percentile_cont(array[0.5, 0.9]) within group (order by ${span}) as ${sql.identifier(name)}`),
      sql`, `,
    )} from incidents i where ${inScope(ctx, scope)}`,
  );
  const result = (name: string): DurationRow => {
    const count = Number(row?.[`${name}_n`] ?? 0);
    const values = row?.[name] as number[] | string | null | undefined;
    const parsed = typeof values === 'string' ? values.replace(/[{}]/g, '').split(',').map(Number) : values;
    return { count, hours: count > 0 && parsed ? [Number(parsed[0]), Number(parsed[1])] : null };
  };
  return { detect: result('detect'), resolve: result('resolve'), close: result('close') };
}

/**
 * The legal reports that were due by now or were submitted, of the incidents in scope: on time
 * when submitted at or before the due time; late when submitted after it or still missing past it.
 * Waived reports (no notification needed) and reports without a due time yet are not counted.
 */
export async function legalReports(ctx: TenantContext, scope: StatsScope, now: Date): Promise<{ due: number; onTime: number }> {
  // The whole tenant's reports need no look at their incidents; a range or a reach does.
  const wholeTenant = !scope.from && !scope.to && scope.reach.everywhere;
  await withoutJit(ctx);
  const ofIncidentsInScope = wholeTenant ? sql`` : sql`and d.incident_id in (select i.id from incidents i where ${inScope(ctx, scope)})`;
  const [row] = await rawRows<{ due: number; on_time: number }>(
    ctx.tx,
    sql`select count(*)::int as due, count(*) filter (where d.submitted_at <= d.due_at)::int as on_time
      from incident_deadlines d
      where d.tenant_id = ${ctx.tenantId} and not d.waived and d.due_at is not null
        and (d.submitted_at is not null or d.due_at <= ${now.toISOString()}) ${ofIncidentsInScope}`,
  );
  return { due: Number(row?.due ?? 0), onTime: Number(row?.on_time ?? 0) };
}
